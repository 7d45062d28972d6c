/**
 * Commands every machine may emit besides its own: timers. Machines never use
 * XState delays; the kernel delivers `{ type: "timer", name }` when one fires,
 * so snapshots stay plain data and time stays virtual.
 */
export type TimerCommand =
  | { type: "timer.set"; name: string; afterUs: number }
  | { type: "timer.cancel"; name: string }

export interface TimerEvent {
  type: "timer"
  name: string
}

export type HostId = "primary" | "backup"
