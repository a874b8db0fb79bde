/** The throttled mid-range phone both phone benchmarks use (run.ts, waterfall.ts). */

/** Chrome DevTools' "Fast 3G" preset (bytes per second, as the protocol takes them). */
export const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };
/** The CPU slowed four times (DevTools' mid-range phone). */
export const CPU_SLOWDOWN = 4;
