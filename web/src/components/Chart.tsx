import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { init, use as registerEchartsParts, type ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { markDrawn } from '../lib/drawn';
import { useStrings } from '../i18n/language';

// Only the parts of ECharts the dashboard draws, so the first load stays small.
registerEchartsParts([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  AriaComponent,
  CanvasRenderer,
]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
>;

/**
 * A chart with its table alternative: the canvas is described by its heading for screen readers,
 * and the same numbers are one click away as a table (WCAG 1.1.1).
 */
export function Chart({
  title,
  option,
  table,
  name,
}: {
  title: string;
  option: ChartOption;
  table: ReactNode;
  name: string;
}) {
  const strings = useStrings();
  const container = useRef<HTMLDivElement>(null);
  const headingId = useId();
  useEffect(() => {
    const element = container.current!;
    delete element.dataset.drawn;
    const chart = init(element, undefined, { renderer: 'canvas' });
    chart.on('finished', () => markDrawn(element, `${name}-drawn`));
    chart.setOption({ aria: { enabled: true }, animation: false, ...option });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option, name]);
  return (
    <section className="chart" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <div ref={container} className="chart-canvas" role="img" aria-label={title} data-chart={name} />
      <details>
        <summary>{strings.asTable}</summary>
        {table}
      </details>
    </section>
  );
}
