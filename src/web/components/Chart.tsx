// One ECharts chart: the option is the chart (data and looks), the component only mounts, updates and disposes
// it. Charts draw on canvas, so every chart also needs its data as a table or text nearby for screen readers:
// `label` names the chart (role="img"), and callers show the numbers in a table next to it.
import * as echarts from 'echarts';
import { useEffect, useRef } from 'react';

export type ChartOption = echarts.EChartsCoreOption;

/** Registers a map (GeoJSON FeatureCollection) under a name, once; charts then use `geo: { map: name }`. */
export function registerMap(name: string, geoJson: object): void {
  if (!echarts.getMap(name)) echarts.registerMap(name, geoJson as Parameters<typeof echarts.registerMap>[1]);
}

export function Chart({
  option,
  label,
  height = 320,
  testId,
  onClick,
}: {
  option: ChartOption;
  label: string;
  height?: number;
  testId?: string;
  /** A click on an element (bar, map area): its name, e.g. a comune's code. */
  onClick?: (name: string) => void;
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onClick) return;
    const handler = (p: { name?: string }) => {
      if (p.name) onClick(p.name);
    };
    instance.on('click', handler);
    return () => {
      instance.off('click', handler);
    };
  }, [onClick]);

  return (
    <div ref={element} role="img" aria-label={label} data-testid={testId} style={{ width: '100%', height }} />
  );
}
