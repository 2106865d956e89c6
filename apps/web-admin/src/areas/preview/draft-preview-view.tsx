import { Alert, Card, Descriptions, Select, Space, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { beijingToday } from '@village/web';
import { DetailSections } from '../../components/detail-page';
import { QueryView } from '../../components/query-view';
import { ChangedItemsTable } from './changed-items-table';
import { PeoplePreviewTable } from './people-preview-table';
import { DraftPreviewQuery } from './preview-documents';
import { VillagePreviewTable } from './village-preview-table';

export interface PreviewedDraft {
  manualId?: string;
  frameworkId?: string;
  /** Where the draft is edited, and what it is called there. */
  backPath: string;
  backTitle: string;
}

/**
 * 预览影响: how a draft would change the year's scores, grades and stars in every village it reaches,
 * beside the figures as they stand, then one village's people. The year and the chosen village live
 * in the address (?year=, ?village=), so a preview can be reopened or sent to a colleague as it is.
 */
export function DraftPreviewView({ draft }: { draft: PreviewedDraft }) {
  const [params, setParams] = useSearchParams();
  const thisYear = Number(beijingToday().slice(0, 4));
  // Without ?year= the API previews the draft's own year (this year for next year's draft).
  const asked = Number(params.get('year')) || null;
  const villageId = params.get('village');
  const onlyChanged = params.get('all') !== '1';
  const ref = draft.manualId ? { manualId: draft.manualId } : { frameworkId: draft.frameworkId };
  const [result, refetch] = useQuery({ query: DraftPreviewQuery, variables: { ...ref, year: asked } });
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  };

  return (
    <>
      <Typography.Paragraph>
        <Link to={draft.backPath}>← {draft.backTitle}</Link>
      </Typography.Paragraph>
      <QueryView result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {({ draftPreview: preview }) => {
          const village = preview.villages.find((v) => v.villageId === villageId) ?? null;
          const withList = preview.villages.filter((v) => v.hasList);
          const sum = (pick: (v: (typeof withList)[number]) => number) =>
            withList.reduce((total, v) => total + pick(v), 0);
          const framework = preview.draftKind === 'FRAMEWORK';
          const { year } = preview;
          const years = [...new Set([thisYear, thisYear - 1, year])].sort((a, b) => b - a);
          return (
            <DetailSections>
              <Space align="center" wrap>
                <Typography.Title level={3} style={{ margin: 0 }}>
                  预览影响：{preview.draftTitle}
                </Typography.Title>
                <Tag color="blue">第 {preview.draftVersion} 版草稿</Tag>
              </Space>
              <Alert
                type="info"
                showIcon
                title="按所选年度台账中已记录的每一条积分，以草稿的规则重新计算各村的积分、等次与星级，与现行结果对照。预览不写入任何数据；草稿可以继续修改后再预览。"
              />
              <Descriptions size="small" column={{ xs: 1, md: 4 }} bordered>
                <Descriptions.Item label="台账年度">
                  <Select
                    aria-label="台账年度"
                    value={year}
                    style={{ width: 120 }}
                    onChange={(value) => update({ year: String(value), village: null })}
                    options={years.map((y) => ({ value: y, label: `${y} 年` }))}
                  />
                </Descriptions.Item>
                <Descriptions.Item label="涉及村">
                  {preview.villages.length} 个（{withList.length} 个有该年度清单）
                </Descriptions.Item>
                <Descriptions.Item label="积分有变化">
                  {sum((v) => v.scoreChangedPeople)} 人
                </Descriptions.Item>
                <Descriptions.Item label="等次或星级有变化">
                  {sum((v) => v.changedPeople)} 人
                </Descriptions.Item>
              </Descriptions>
              <Card title={`草稿改变的事项（${preview.changedItems.length}）`} size="small">
                <ChangedItemsTable items={preview.changedItems} framework={framework} />
              </Card>
              <Card title="各村对照（现行 → 按草稿）" size="small">
                <VillagePreviewTable
                  villages={preview.villages}
                  showTown={framework}
                  selected={village?.villageId ?? null}
                  onSelect={(id) => update({ village: id })}
                />
              </Card>
              {village && (
                <Card title={`人员对照：${village.villageName}`} size="small">
                  <PeoplePreviewTable
                    key={`${village.villageId}-${year}`}
                    draft={ref}
                    year={year}
                    villageId={village.villageId}
                    onlyChanged={onlyChanged}
                    onOnlyChanged={(value) => update({ all: value ? null : '1' })}
                  />
                </Card>
              )}
            </DetailSections>
          );
        }}
      </QueryView>
    </>
  );
}
