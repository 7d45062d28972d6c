/** Byte ranges of a stream received so far: the contiguous prefix, and the ranges beyond a hole. */
export class Reassembly {
  through = 0
  highest = 0
  private early: Array<[number, number]> = []

  get hasHole(): boolean {
    return this.early.length > 0
  }

  add(from: number, to: number): void {
    this.highest = Math.max(this.highest, to)
    if (from > this.through) {
      this.early.push([from, to])
      return
    }
    this.through = Math.max(this.through, to)
    if (this.early.length === 0) return
    this.early.sort((a, b) => a[0] - b[0])
    while (this.early.length > 0 && this.early[0][0] <= this.through) this.through = Math.max(this.through, this.early.shift()![1])
  }
}
