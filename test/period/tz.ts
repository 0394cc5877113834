/** Run a function with the process's time zone set to `zone`, then restore it. */
export function inTimeZone<T>(zone: string, run: () => T): T {
  const saved = process.env.TZ;
  process.env.TZ = zone;
  try {
    return run();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

/** Zones far apart: Việt Nam (UTC+7), UTC, the Americas (UTC−8/−7 with DST) and UTC+14. */
export const timeZones = [
  'Asia/Ho_Chi_Minh',
  'UTC',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
] as const;
