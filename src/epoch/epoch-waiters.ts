import { Deferred, Effect } from "effect"

/**
 * Fibers waiting for a monotone epoch counter (acknowledged through k, sent
 * through k) to reach their epoch.
 */
export class EpochWaiters {
  private through = -1
  private readonly waiting = new Map<number, Deferred.Deferred<void>>()

  wait(epoch: number): Effect.Effect<void> {
    return Effect.suspend(() => {
      if (epoch <= this.through) return Effect.void
      let d = this.waiting.get(epoch)
      if (!d) this.waiting.set(epoch, (d = Deferred.makeUnsafe<void>()))
      return Deferred.await(d)
    })
  }

  advance(epoch: number): void {
    if (epoch <= this.through) return
    this.through = epoch
    for (const [e, d] of this.waiting) {
      if (e <= epoch) {
        Deferred.doneUnsafe(d, Effect.void)
        this.waiting.delete(e)
      }
    }
  }
}
