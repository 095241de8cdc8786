/** Dollar amounts as the user reads them. Below a dollar a third decimal shows, so $0.005 is not rounded to $0.01. */
export function formatUsd(amount: number): string {
  return amount.toLocaleString('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 2,
    maximumFractionDigits: Math.abs(amount) < 1 ? 3 : 2,
  });
}
