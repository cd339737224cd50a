// The few parts of autocannon's API the dashboard bench uses (the package ships no types).
declare module 'autocannon' {
  type Histogram = {
    readonly average: number;
    readonly p50: number;
    readonly p90: number;
    readonly p99: number;
    readonly max: number;
  };
  export type Result = {
    readonly requests: Histogram & { readonly total: number };
    readonly latency: Histogram;
    readonly errors: number;
    readonly timeouts: number;
    readonly non2xx: number;
    readonly duration: number;
  };
  export type Options = {
    readonly url: string;
    readonly connections: number;
    readonly duration: number;
    readonly pipelining?: number;
  };
  export default function autocannon(options: Options): Promise<Result>;
}
