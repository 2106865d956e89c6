import { Space, Tooltip } from 'antd';
import { useQuery } from 'urql';
import { dashboardXlsxPath, openDataPath } from '@village/web';
import { graphql } from '@village/web/graphql';
import { DownloadButton } from '../../components/download-button';

const UnitDistrictDocument = graphql(`
  query ReportingUnitDistrict($id: ID!) {
    orgUnit(id: $id) {
      id
      districtId
    }
  }
`);

/**
 * The 数据看板's downloads: the table on the screen as Excel (the same unit, year and period), and the
 * district's base figures per village and period as open data (docs/open-data-format.md), both with
 * the cadre's token and under their scope.
 */
export function DashboardExports({
  unit,
  year,
  kind,
  number,
}: {
  unit: { id: string; name: string };
  year: number;
  kind: string;
  number: number;
}) {
  const [district] = useQuery({ query: UnitDistrictDocument, variables: { id: unit.id } });
  const districtId = district.data?.orgUnit.districtId;
  return (
    <Space wrap>
      <DownloadButton
        path={dashboardXlsxPath(unit.id, year, kind, number)}
        fileName={`${unit.name} 数据看板.xlsx`}
      >
        导出 Excel
      </DownloadButton>
      {(['csv', 'json'] as const).map((format) => (
        <Tooltip
          key={format}
          title={`${year} 年本区各村按年、季、月的基础数（您权限范围内的村，不含个人信息）`}
        >
          <span>
            <DownloadButton
              path={districtId ? openDataPath(districtId, year, format) : ''}
              fileName={`${year} 年村级指标开放数据.${format}`}
              disabled={!districtId}
            >
              开放数据 {format.toUpperCase()}
            </DownloadButton>
          </span>
        </Tooltip>
      ))}
    </Space>
  );
}
