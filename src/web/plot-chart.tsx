import { useLayoutEffect, useRef, useState } from 'react';

export type PlotChartProps = {
  /** Draws the chart at a given width in pixels; returns the nodes to show (legend, svg). */
  render: (width: number) => readonly Element[];
  /** Short name of the chart for assistive technology (the figure caption). */
  label: string;
  /** Id of the element holding the chart's text summary. */
  describedBy: string;
};

/**
 * Hosts an Observable Plot chart in React. Plot makes DOM nodes itself, so this component only
 * gives it a width (redrawing when the container resizes, down to 320 px screens) and makes each
 * chart svg one image for assistive technology, named by its caption and described by its summary.
 */
export function PlotChart({ render, label, describedBy }: PlotChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);

  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.clientWidth));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const element = container.current;
    if (!element || width === 0) return;
    const nodes = render(width);
    for (const node of nodes) {
      if (node instanceof SVGSVGElement) {
        node.setAttribute('role', 'img');
        node.setAttribute('aria-label', label);
        node.setAttribute('aria-describedby', describedBy);
        // Inside an image the parts are not exposed; Plot's aria-labels on <g> would be invalid ARIA.
        for (const part of node.querySelectorAll('[aria-label], [aria-description]')) {
          part.removeAttribute('aria-label');
          part.removeAttribute('aria-description');
        }
      }
    }
    element.replaceChildren(...nodes);
    return () => element.replaceChildren();
  }, [render, width, label, describedBy]);

  return <div className="plot-chart" ref={container} />;
}
