import { graphql } from '@village/web/graphql';

export const OutcomeRecordsDocument = graphql(`
  query ReportingOutcomeRecords($unitId: ID!, $year: Int!) {
    outcomeRecords(unitId: $unitId, year: $year) {
      id
      kind
      category
      description
      occurredOn
      evidence
      amountYuan
      howEstimated
      complaintCount
      agriculture
      honourLevel
      correctsId
      withdrawn
      correctionReason
      correctedById
      counts
      recordedByName
      createdAt
    }
  }
`);

export const RecordOutcomeDocument = graphql(`
  mutation ReportingRecordOutcome($input: RecordOutcomeInput!) {
    recordOutcome(input: $input) {
      id
    }
  }
`);

export const CorrectOutcomeDocument = graphql(`
  mutation ReportingCorrectOutcome($input: CorrectOutcomeInput!) {
    correctOutcome(input: $input) {
      id
    }
  }
`);

export const OUTCOME_KIND_LABELS: Record<string, string> = {
  PROBLEM_RESOLVED: '解决问题',
  COST_SAVED: '节约开支',
  COMPLAINT: '信访投诉',
  HONOUR_WON: '集体荣誉',
};

export const HONOUR_LEVEL_LABELS: Record<string, string> = {
  NATIONAL: '国家级',
  PROVINCE: '省级',
  CITY: '市级',
  DISTRICT: '区级',
  TOWN: '镇级',
};

/** The categories offered per kind (any other may be typed). */
export const SUGGESTED_CATEGORIES: Record<string, string[]> = {
  PROBLEM_RESOLVED: ['土地纠纷', '邻里矛盾', '环境整治', '历史遗留', '基础设施'],
  COST_SAVED: ['卫生保洁', '卡口值守', '治安巡逻', '河道管护', '绿化养护'],
  COMPLAINT: ['土地承包', '农业补贴', '邻里纠纷', '环境卫生', '村务公开'],
  HONOUR_WON: ['文明村', '乡村治理示范村', '美丽乡村', '平安村', '先进基层党组织'],
};
