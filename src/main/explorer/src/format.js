// Display helpers: numbers as the article states them, levels and kinds in Chinese with the schema's value.

export const LEVEL = { NATIONAL: '国家级', PROVINCIAL: '省级', MUNICIPAL: '市级' };
export const KIND = { ACTUAL: '实际', TARGET: '目标' };

/** 479.8 stays 479.8; 12000 becomes 12,000. */
export const number = (n) => (n == null ? '' : n.toLocaleString('zh-CN', { maximumFractionDigits: 6 }));

/** A stated amount: value, unit, and the text's bound (约, 以上 ...) placed where Chinese puts it. */
export function amount(value, unit, qualifier) {
  if (value == null) return '';
  const before = qualifier && ['约', '近', '超过', '至少', '前'].includes(qualifier) ? qualifier : '';
  const after = qualifier && !before ? qualifier : '';
  return `${before}${number(value)}${after}${unit ? ` ${unit}` : ''}`;
}

export const growth = (g) => (g == null ? '' : `${g > 0 ? '+' : ''}${number(g)}%`);
