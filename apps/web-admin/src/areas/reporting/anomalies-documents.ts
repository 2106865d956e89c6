import { graphql } from '@village/web/graphql';

export const AnomalyAlertsDocument = graphql(`
  query ReportingAnomalyAlerts(
    $unitId: ID!
    $status: AnomalyAlertStatus
    $kind: AnomalyKind
    $limit: Int!
    $offset: Int!
  ) {
    anomalyAlerts(unitId: $unitId, status: $status, kind: $kind, limit: $limit, offset: $offset) {
      total
      items {
        id
        kind
        villageId
        villageName
        subjectKind
        subjectId
        subjectName
        periodLabel
        summary
        evidence
        declarationIds
        residents {
          id
          name
        }
        raisedAt
        status
        resolution {
          resolution
          note
          resolvedByName
          resolvedAt
        }
      }
    }
  }
`);

export const AnomalyRulesDocument = graphql(`
  query ReportingAnomalyRules {
    anomalyRules {
      kind
      label
      rule
    }
  }
`);

export const ResolveAnomalyAlertDocument = graphql(`
  mutation ReportingResolveAnomalyAlert($input: ResolveAnomalyAlertInput!) {
    resolveAnomalyAlert(input: $input) {
      id
      status
    }
  }
`);

export const ANOMALY_KIND_LABELS: Record<string, string> = {
  POINTS_SWING: '单月积分变动异常',
  NIGHT_BULK: '夜间集中登记',
  BULK_BY_ONE: '一人短时大量登记',
  EVIDENCE_REUSED: '佐证材料重复使用',
  SELF_HOUSEHOLD_REVIEW: '审核本户申报',
};

export const ANOMALY_KIND_COLOURS: Record<string, string> = {
  POINTS_SWING: 'orange',
  NIGHT_BULK: 'purple',
  BULK_BY_ONE: 'magenta',
  EVIDENCE_REUSED: 'volcano',
  SELF_HOUSEHOLD_REVIEW: 'red',
};

export const ANOMALY_STATUS_LABELS: Record<string, string> = {
  OPEN: '待核实',
  VERIFIED_OK: '已核实，无问题',
  HANDLED: '已处理',
};
