import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';

// Only what the chart uses (STACK.md: the full package is 2–3× heavier).
echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

/** One figure across the compared units: this period and the same period a year earlier. */
export function FigureChart(props: {
  label: string;
  units: string[];
  values: (number | null)[];
  previous: (number | null)[];
  onPick: (index: number) => void;
}) {
  const option = {
    // No animation: the figures are what matters, and a cheap machine draws them at once.
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: ['本期', '上年同期'], top: 0, right: 0 },
    grid: { left: 48, right: 16, top: 48, bottom: 48 },
    xAxis: {
      type: 'category',
      data: props.units,
      axisLabel: { interval: 0, rotate: props.units.length > 8 ? 30 : 0 },
    },
    yAxis: { type: 'value', name: props.label },
    series: [
      { name: '本期', type: 'bar', data: props.values, itemStyle: { color: '#c8102e' } },
      { name: '上年同期', type: 'bar', data: props.previous, itemStyle: { color: '#b0b0b0' } },
    ],
  };
  return (
    <div
      role="img"
      aria-label={`${props.label}：${props.units.map((u, i) => `${u} ${props.values[i] ?? '—'}`).join('，')}`}
    >
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        style={{ height: 320 }}
        onEvents={{ click: (e: { dataIndex: number }) => props.onPick(e.dataIndex) }}
      />
    </div>
  );
}
