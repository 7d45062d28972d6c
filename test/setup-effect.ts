export {}
// Tests run Effect the way the shipped bundle does (scripts/bundle.mjs, noFiberAsyncContext): without a Node
// AsyncResource per fiber suspension. Effect looks AsyncResource up once, through process.getBuiltinModule,
// when its fiber module is first evaluated; this setup file (vitest runs it before each test file) hides it
// for that one evaluation. The kernel's fibers run synchronously on virtual time and nothing reads async
// context; the resource per suspension was a tenth of a simulation's time. test/effect-setup.test.ts checks it.
const original = process.getBuiltinModule
process.getBuiltinModule = ((id: string) => {
  const m = original(id)
  return id === "node:async_hooks" || id === "async_hooks" ? { ...m, AsyncResource: undefined } : m
}) as typeof original
try {
  await import("effect")
} finally {
  process.getBuiltinModule = original
}
