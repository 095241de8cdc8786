/** Each run's figure, for the line a bench prints beside its median. */
export const runsList = (values: number[]): string => values.map((value) => value.toFixed(1)).join(', ');
