import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';

// Only what the chart uses (STACK.md: the full package is 2–3× heavier).
echarts.use([BarChart, GridComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);

const OUTLIER = '#c8102e';
const ORDINARY = '#5b7fa6';

/**
 * Each group's deduction rate as a bar (red when flagged 偏离) and the village's rate as a dashed line
 * across them; the figure's words are in the label too, for a screen reader.
 */
export function DeductionRateChart(props: {
  title: string;
  /** The rate's name and unit, e.g. 每百人扣分（次）. */
  measure: string;
  labels: string[];
  values: (number | null)[];
  flagged: boolean[];
  villageRate: number | null;
}) {
  const option = {
    animation: false,
    tooltip: { trigger: 'axis' },
    grid: { left: 56, right: 88, top: 36, bottom: 40 },
    xAxis: {
      type: 'category',
      data: props.labels,
      axisLabel: { interval: 0, rotate: props.labels.length > 6 ? 30 : 0 },
    },
    yAxis: { type: 'value', name: props.measure },
    series: [
      {
        name: props.measure,
        type: 'bar',
        barMaxWidth: 48,
        data: props.values.map((value, i) => ({
          value,
          itemStyle: { color: props.flagged[i] ? OUTLIER : ORDINARY },
        })),
        markLine:
          props.villageRate === null
            ? undefined
            : {
                symbol: 'none',
                silent: true,
                lineStyle: { color: '#333', type: 'dashed' },
                label: { formatter: `全村 ${props.villageRate}`, position: 'end' },
                data: [{ yAxis: props.villageRate }],
              },
      },
    ],
  };
  const words = props.labels.map(
    (l, i) => `${l} ${props.values[i] ?? '—'}${props.flagged[i] ? '（偏离）' : ''}`,
  );
  return (
    <div
      role="img"
      aria-label={`${props.title}，${props.measure}：${words.join('，')}；全村 ${props.villageRate ?? '—'}`}
    >
      <ReactEChartsCore echarts={echarts} option={option} style={{ height: 240 }} />
    </div>
  );
}
