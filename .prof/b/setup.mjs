import{createRequire}from'module';const require=createRequire(import.meta.url);
var __defProp = Object.defineProperty;
var __export = (target, all3) => {
  for (var name in all3)
    __defProp(target, name, { get: all3[name], enumerable: true });
};

// src/memory/page-hash.ts
var PAGE_SIZE = 4096;
var WORDS = PAGE_SIZE / 4;
var hashPage = (words, page, out) => {
  pageLanes(words, page, out);
  fingerprint(out[0] | 0, out[1] | 0, page, out);
};
var pageLanes = (words, page, out) => {
  let a = 0;
  let b = 0;
  const end = (page + 1) * WORDS;
  for (let i = page * WORDS; i < end; i++) {
    a = a + words[i] | 0;
    b = b + a | 0;
  }
  out[0] = a;
  out[1] = b;
};
var laneWeight = (word) => WORDS - word;
var fingerprint = (a, b, page, out) => {
  if (a === 0 && b === 0) {
    out[0] = 0;
    out[1] = 0;
    return;
  }
  out[0] = fmix(a ^ Math.imul(page + 1, 2654435761));
  out[1] = fmix(b ^ Math.imul(page + 1, 3266489909) ^ a);
};
var fmix = (h) => {
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  h ^= h >>> 16;
  return h >>> 0;
};
var hashBytes = (bytes) => {
  let a = 2166136261;
  let b = 461845907;
  const n = bytes.length;
  for (let i = 0; i + 1 < n; i += 2) {
    a = Math.imul(a ^ bytes[i], 16777619);
    b = Math.imul(b ^ bytes[i + 1], 3432918353);
  }
  if (n & 1) a = Math.imul(a ^ bytes[n - 1], 16777619);
  return fmix(a).toString(16).padStart(8, "0") + fmix(b ^ n).toString(16).padStart(8, "0");
};
var hashString = (s) => hashBytes(new TextEncoder().encode(s));

// src/compress/page-record.ts
var RECORD_HEADER_BYTES = 8;
var REFERENCE_BYTES = 4;
var RAW_RECORD_BYTES = RECORD_HEADER_BYTES + PAGE_SIZE;
var PageKind = {
  /** The page's bytes. */
  raw: 0,
  /** An all-zero page: no payload. */
  zero: 1,
  /** A delta against the backup's current copy of the same page. */
  deltaSame: 2,
  /** A delta against another page the backup holds (named after the header). */
  deltaRef: 3
};
var RecordFlag = {
  /** A raw page of zeros whose payload is on the wire but not in the buffer. */
  elidedZeros: 1
};
var writeRecordHeader = (out, at, page, kind, payload, flags = 0) => {
  out[at] = page;
  out[at + 1] = page >>> 8;
  out[at + 2] = page >>> 16;
  out[at + 3] = page >>> 24;
  out[at + 4] = kind;
  out[at + 5] = flags;
  out[at + 6] = payload;
  out[at + 7] = payload >>> 8;
};
var readU32 = (b, at) => (b[at] | b[at + 1] << 8 | b[at + 2] << 16 | b[at + 3] << 24) >>> 0;
var writeU32 = (b, at, v) => {
  b[at] = v;
  b[at + 1] = v >>> 8;
  b[at + 2] = v >>> 16;
  b[at + 3] = v >>> 24;
};
var storedRecordBytes = (b, at) => RECORD_HEADER_BYTES + (b[at + 4] === PageKind.deltaRef ? REFERENCE_BYTES : 0) + (b[at + 5] & RecordFlag.elidedZeros ? 0 : b[at + 6] | b[at + 7] << 8);
var maxEncodedBytes = (pages) => pages * RAW_RECORD_BYTES;

// src/compress/zero-run.ts
var WORDS_PER_PAGE = 1024;
var pageWords = (bytes) => {
  const b = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  return { i32: new Int32Array(b.buffer, b.byteOffset, b.byteLength >>> 2), f64: new Float64Array(b.buffer, b.byteOffset, b.byteLength >>> 3) };
};
var encodeXorDelta = (cur, curWord, ref, refWord, out, at, limit) => {
  const c = cur.i32;
  const r = ref.i32;
  const c64 = cur.f64;
  const r64 = ref.f64;
  const end = at + limit;
  const last = curWord + WORDS_PER_PAGE;
  const shift = refWord - curWord;
  const half = shift >> 1;
  let o = at;
  let i = curWord;
  while (i < last) {
    let z = i;
    for (; ; ) {
      if ((z & 1) === 0) {
        let h = z >> 1;
        const hEnd = last >> 1;
        let x = 0;
        while (h < hEnd && (x = c64[h]) === r64[h + half] && (x !== 0 || c[2 * h + 1] === r[2 * h + 1 + shift])) h++;
        z = 2 * h;
        if (z >= last) break;
      }
      if (c[z] !== r[z + shift]) break;
      z++;
      if (z >= last) break;
    }
    if (z >= last) break;
    let n = z + 1;
    while (n < last && c[n] !== r[n + shift]) n++;
    const zeros = z - i;
    const changed = n - z;
    if (o + 4 + changed * 4 > end) return -1;
    if (zeros < 128) out[o++] = zeros;
    else {
      out[o++] = zeros & 127 | 128;
      out[o++] = zeros >>> 7;
    }
    if (changed < 128) out[o++] = changed;
    else {
      out[o++] = changed & 127 | 128;
      out[o++] = changed >>> 7;
    }
    for (let k = z; k < n; k++) {
      const x = c[k] ^ r[k + shift];
      out[o] = x;
      out[o + 1] = x >>> 8;
      out[o + 2] = x >>> 16;
      out[o + 3] = x >>> 24;
      o += 4;
    }
    i = n;
  }
  return o - at;
};
var SAMPLES = 64;
var samples = Int32Array.from({ length: SAMPLES }, (_, k) => k * (WORDS_PER_PAGE / SAMPLES) + (Math.imul(k + 1, 2654435761) >>> 28));
var sampledDifference = (cur, curWord, ref, refWord) => {
  let differ = 0;
  for (let k = 0; k < SAMPLES; k++) if (cur[curWord + samples[k]] !== ref[refWord + samples[k]]) differ++;
  return differ * (WORDS_PER_PAGE / SAMPLES) * 4 | 0;
};
var DeltaFormatError = class extends Error {
};
var applyXorDelta = (src, from, length, page, word) => {
  const end = from + length;
  let s = from;
  let w = 0;
  while (s < end) {
    let zeros = src[s++];
    if (zeros & 128) zeros = zeros & 127 | src[s++] << 7;
    let changed = src[s++];
    if (changed & 128) changed = changed & 127 | src[s++] << 7;
    w += zeros;
    if (w + changed > WORDS_PER_PAGE || s + changed * 4 > end) throw new DeltaFormatError(`delta overruns its page at word ${w}`);
    for (let k = 0; k < changed; k++, s += 4) page[word + w + k] ^= src[s] | src[s + 1] << 8 | src[s + 2] << 16 | src[s + 3] << 24;
    w += changed;
  }
};
var isZeroPage = (words, word) => {
  for (let i = word, end = word + WORDS_PER_PAGE; i < end; i++) if (words[i] !== 0) return false;
  return true;
};

// src/compress/decoder.ts
var decodeRecords = (records, image, written) => {
  const words = new Int32Array(image.buffer, image.byteOffset, image.byteLength >>> 2);
  const pagesInImage = image.length / PAGE_SIZE;
  const pages = [];
  let at = 0;
  while (at < records.length) {
    if (at + RECORD_HEADER_BYTES > records.length) throw new DeltaFormatError(`record header truncated at byte ${at}`);
    const page = readU32(records, at);
    const kind = records[at + 4];
    const elided = (records[at + 5] & RecordFlag.elidedZeros) !== 0;
    const length = records[at + 6] | records[at + 7] << 8;
    const stored = elided ? 0 : length;
    if (page >= pagesInImage) throw new DeltaFormatError(`record at byte ${at} names page ${page} of ${pagesInImage}`);
    if (elided && kind !== PageKind.raw) throw new DeltaFormatError(`record at byte ${at}: only a raw record can elide its payload`);
    const payload = at + RECORD_HEADER_BYTES + (kind === PageKind.deltaRef ? REFERENCE_BYTES : 0);
    if (payload + stored > records.length) throw new DeltaFormatError(`record at byte ${at} is truncated`);
    const word = page * WORDS_PER_PAGE;
    if (written && kind !== PageKind.zero && !elided) written[page] = 1;
    switch (kind) {
      case PageKind.raw:
        if (length !== PAGE_SIZE) throw new DeltaFormatError(`raw record at byte ${at} has ${length} bytes`);
        if (elided) {
          if (!written || written[page]) words.fill(0, word, word + WORDS_PER_PAGE);
        } else image.set(records.subarray(payload, payload + PAGE_SIZE), page * PAGE_SIZE);
        break;
      case PageKind.zero:
        words.fill(0, word, word + WORDS_PER_PAGE);
        break;
      case PageKind.deltaSame:
        applyXorDelta(records, payload, length, words, word);
        break;
      case PageKind.deltaRef: {
        const ref = readU32(records, at + RECORD_HEADER_BYTES);
        if (ref >= pagesInImage) throw new DeltaFormatError(`record at byte ${at} references page ${ref} of ${pagesInImage}`);
        words.copyWithin(word, ref * WORDS_PER_PAGE, (ref + 1) * WORDS_PER_PAGE);
        applyXorDelta(records, payload, length, words, word);
        break;
      }
      default:
        throw new DeltaFormatError(`record at byte ${at} has unknown kind ${kind}`);
    }
    pages.push(page);
    at = payload + stored;
  }
  return Int32Array.from(pages);
};
var recordPages = (records) => {
  const pages = [];
  for (let at = 0; at < records.length; at += storedRecordBytes(records, at)) pages.push(readU32(records, at));
  return Int32Array.from(pages);
};

// node_modules/xstate/dist/xstate-dev.esm.js
function getGlobal() {
  if (typeof globalThis !== "undefined") {
    return globalThis;
  }
  if (typeof self !== "undefined") {
    return self;
  }
  if (typeof window !== "undefined") {
    return window;
  }
  if (typeof global !== "undefined") {
    return global;
  }
}
function getDevTools() {
  const w = getGlobal();
  if (w.__xstate__) {
    return w.__xstate__;
  }
  return void 0;
}
var devToolsAdapter = (service3) => {
  if (typeof window === "undefined") {
    return;
  }
  const devTools = getDevTools();
  if (devTools) {
    devTools.register(service3);
  }
};

// node_modules/xstate/dist/raise-effbee0c.esm.js
var Mailbox = class {
  constructor(_process) {
    this._process = _process;
    this._active = false;
    this._current = null;
    this._last = null;
  }
  start() {
    this._active = true;
    this.flush();
  }
  clear() {
    if (this._current) {
      this._current.next = null;
      this._last = this._current;
    }
  }
  enqueue(event) {
    const enqueued = {
      value: event,
      next: null
    };
    if (this._current) {
      this._last.next = enqueued;
      this._last = enqueued;
      return;
    }
    this._current = enqueued;
    this._last = enqueued;
    if (this._active) {
      this.flush();
    }
  }
  flush() {
    while (this._current) {
      const consumed = this._current;
      this._process(consumed.value);
      this._current = consumed.next;
    }
    this._last = null;
  }
};
var STATE_DELIMITER = ".";
var TARGETLESS_KEY = "";
var NULL_EVENT = "";
var STATE_IDENTIFIER = "#";
var WILDCARD = "*";
var XSTATE_INIT = "xstate.init";
var XSTATE_ERROR = "xstate.error";
var XSTATE_STOP = "xstate.stop";
function createAfterEvent(delayRef, id) {
  return {
    type: `xstate.after.${delayRef}.${id}`
  };
}
function createDoneStateEvent(id, output) {
  return {
    type: `xstate.done.state.${id}`,
    output
  };
}
function createDoneActorEvent(invokeId, output) {
  return {
    type: `xstate.done.actor.${invokeId}`,
    output,
    actorId: invokeId
  };
}
function createErrorActorEvent(id, error) {
  return {
    type: `xstate.error.actor.${id}`,
    error,
    actorId: id
  };
}
function createInitEvent(input) {
  return {
    type: XSTATE_INIT,
    input
  };
}
function reportUnhandledError(err) {
  setTimeout(() => {
    throw err;
  });
}
var symbolObservable = (() => typeof Symbol === "function" && Symbol.observable || "@@observable")();
function matchesState(parentStateId, childStateId) {
  const parentStateValue = toStateValue(parentStateId);
  const childStateValue = toStateValue(childStateId);
  if (typeof childStateValue === "string") {
    if (typeof parentStateValue === "string") {
      return childStateValue === parentStateValue;
    }
    return false;
  }
  if (typeof parentStateValue === "string") {
    return parentStateValue in childStateValue;
  }
  return Object.keys(parentStateValue).every((key) => {
    if (!(key in childStateValue)) {
      return false;
    }
    return matchesState(parentStateValue[key], childStateValue[key]);
  });
}
function toStatePath(stateId) {
  if (isArray(stateId)) {
    return stateId;
  }
  const result3 = [];
  let segment = "";
  for (let i = 0; i < stateId.length; i++) {
    const char = stateId.charCodeAt(i);
    switch (char) {
      // \
      case 92:
        segment += stateId[i + 1];
        i++;
        continue;
      // .
      case 46:
        result3.push(segment);
        segment = "";
        continue;
    }
    segment += stateId[i];
  }
  result3.push(segment);
  return result3;
}
function toStateValue(stateValue2) {
  if (isMachineSnapshot(stateValue2)) {
    return stateValue2.value;
  }
  if (typeof stateValue2 !== "string") {
    return stateValue2;
  }
  const statePath = toStatePath(stateValue2);
  return pathToStateValue(statePath);
}
function pathToStateValue(statePath) {
  if (statePath.length === 1) {
    return statePath[0];
  }
  const value = {};
  let marker = value;
  for (let i = 0; i < statePath.length - 1; i++) {
    if (i === statePath.length - 2) {
      marker[statePath[i]] = statePath[i + 1];
    } else {
      const previous = marker;
      marker = {};
      previous[statePath[i]] = marker;
    }
  }
  return value;
}
function mapValues(collection, iteratee) {
  const result3 = {};
  const collectionKeys = Object.keys(collection);
  for (let i = 0; i < collectionKeys.length; i++) {
    const key = collectionKeys[i];
    result3[key] = iteratee(collection[key], key, collection, i);
  }
  return result3;
}
function toArrayStrict(value) {
  if (isArray(value)) {
    return value;
  }
  return [value];
}
function toArray(value) {
  if (value === void 0) {
    return [];
  }
  return toArrayStrict(value);
}
function resolveOutput(mapper, context3, event, self2) {
  if (typeof mapper === "function") {
    return mapper({
      context: context3,
      event,
      self: self2
    });
  }
  return mapper;
}
function isArray(value) {
  return Array.isArray(value);
}
function isErrorActorEvent(event) {
  return event.type.startsWith("xstate.error.actor");
}
function toTransitionConfigArray(configLike) {
  return toArrayStrict(configLike).map((transitionLike) => {
    if (typeof transitionLike === "undefined" || typeof transitionLike === "string") {
      return {
        target: transitionLike
      };
    }
    return transitionLike;
  });
}
function normalizeTarget(target) {
  if (target === void 0 || target === TARGETLESS_KEY) {
    return void 0;
  }
  return toArray(target);
}
function toObserver(nextHandler, errorHandler, completionHandler) {
  const isObserver = typeof nextHandler === "object";
  const self2 = isObserver ? nextHandler : void 0;
  return {
    next: (isObserver ? nextHandler.next : nextHandler)?.bind(self2),
    error: (isObserver ? nextHandler.error : errorHandler)?.bind(self2),
    complete: (isObserver ? nextHandler.complete : completionHandler)?.bind(self2)
  };
}
function createInvokeId(stateNodeId, index) {
  return `${index}.${stateNodeId}`;
}
function resolveReferencedActor(machine, src) {
  const match5 = src.match(/^xstate\.invoke\.(\d+)\.(.*)/);
  if (!match5) {
    return machine.implementations.actors[src];
  }
  const [, indexStr, nodeId] = match5;
  const node = machine.getStateNodeById(nodeId);
  const invokeConfig = node.config.invoke;
  return (Array.isArray(invokeConfig) ? invokeConfig[indexStr] : invokeConfig).src;
}
function matchesEventDescriptor(eventType, descriptor) {
  if (descriptor === eventType) {
    return true;
  }
  if (descriptor === WILDCARD) {
    return true;
  }
  if (!descriptor.endsWith(".*")) {
    return false;
  }
  const partialEventTokens = descriptor.split(".");
  const eventTokens = eventType.split(".");
  for (let tokenIndex = 0; tokenIndex < partialEventTokens.length; tokenIndex++) {
    const partialEventToken = partialEventTokens[tokenIndex];
    const eventToken = eventTokens[tokenIndex];
    if (partialEventToken === "*") {
      const isLastToken = tokenIndex === partialEventTokens.length - 1;
      return isLastToken;
    }
    if (partialEventToken !== eventToken) {
      return false;
    }
  }
  return true;
}
function createScheduledEventId(actorRef, id) {
  return `${actorRef.sessionId}.${id}`;
}
var idCounter = 0;
function createSystem(rootActor, options) {
  const children = /* @__PURE__ */ new Map();
  const keyedActors = /* @__PURE__ */ new Map();
  const reverseKeyedActors = /* @__PURE__ */ new WeakMap();
  const inspectionObservers = /* @__PURE__ */ new Set();
  const timerMap = {};
  const {
    clock,
    logger
  } = options;
  const scheduler = {
    schedule: (source, target, event, delay3, id = Math.random().toString(36).slice(2)) => {
      const scheduledEvent = {
        source,
        target,
        event,
        delay: delay3,
        id,
        startedAt: Date.now()
      };
      const scheduledEventId = createScheduledEventId(source, id);
      system._snapshot._scheduledEvents[scheduledEventId] = scheduledEvent;
      const timeout3 = clock.setTimeout(() => {
        delete timerMap[scheduledEventId];
        delete system._snapshot._scheduledEvents[scheduledEventId];
        system._relay(source, target, event);
      }, delay3);
      timerMap[scheduledEventId] = timeout3;
    },
    cancel: (source, id) => {
      const scheduledEventId = createScheduledEventId(source, id);
      const timeout3 = timerMap[scheduledEventId];
      delete timerMap[scheduledEventId];
      delete system._snapshot._scheduledEvents[scheduledEventId];
      if (timeout3 !== void 0) {
        clock.clearTimeout(timeout3);
      }
    },
    cancelAll: (actorRef) => {
      for (const scheduledEventId in system._snapshot._scheduledEvents) {
        const scheduledEvent = system._snapshot._scheduledEvents[scheduledEventId];
        if (scheduledEvent.source === actorRef) {
          scheduler.cancel(actorRef, scheduledEvent.id);
        }
      }
    }
  };
  const sendInspectionEvent = (event) => {
    if (!inspectionObservers.size) {
      return;
    }
    const resolvedInspectionEvent = {
      ...event,
      rootId: rootActor.sessionId
    };
    inspectionObservers.forEach((observer) => observer.next?.(resolvedInspectionEvent));
  };
  const system = {
    _snapshot: {
      _scheduledEvents: (options?.snapshot && options.snapshot.scheduler) ?? {}
    },
    _bookId: () => `x:${idCounter++}`,
    _register: (sessionId, actorRef) => {
      children.set(sessionId, actorRef);
      return sessionId;
    },
    _unregister: (actorRef) => {
      children.delete(actorRef.sessionId);
      const systemId = reverseKeyedActors.get(actorRef);
      if (systemId !== void 0) {
        keyedActors.delete(systemId);
        reverseKeyedActors.delete(actorRef);
      }
    },
    get: (systemId) => {
      return keyedActors.get(systemId);
    },
    getAll: () => {
      return Object.fromEntries(keyedActors.entries());
    },
    _set: (systemId, actorRef) => {
      const existing = keyedActors.get(systemId);
      if (existing && existing !== actorRef) {
        throw new Error(`Actor with system ID '${systemId}' already exists.`);
      }
      keyedActors.set(systemId, actorRef);
      reverseKeyedActors.set(actorRef, systemId);
    },
    inspect: (observerOrFn) => {
      const observer = toObserver(observerOrFn);
      inspectionObservers.add(observer);
      return {
        unsubscribe() {
          inspectionObservers.delete(observer);
        }
      };
    },
    _sendInspectionEvent: sendInspectionEvent,
    _relay: (source, target, event) => {
      system._sendInspectionEvent({
        type: "@xstate.event",
        sourceRef: source,
        actorRef: target,
        event
      });
      target._send(event);
    },
    scheduler,
    getSnapshot: () => {
      return {
        _scheduledEvents: {
          ...system._snapshot._scheduledEvents
        }
      };
    },
    start: () => {
      const scheduledEvents = system._snapshot._scheduledEvents;
      system._snapshot._scheduledEvents = {};
      for (const scheduledId in scheduledEvents) {
        const {
          source,
          target,
          event,
          delay: delay3,
          id
        } = scheduledEvents[scheduledId];
        scheduler.schedule(source, target, event, delay3, id);
      }
    },
    _clock: clock,
    _logger: logger
  };
  return system;
}
var executingCustomAction = false;
var $$ACTOR_TYPE = 1;
var ProcessingStatus = /* @__PURE__ */ (function(ProcessingStatus2) {
  ProcessingStatus2[ProcessingStatus2["NotStarted"] = 0] = "NotStarted";
  ProcessingStatus2[ProcessingStatus2["Running"] = 1] = "Running";
  ProcessingStatus2[ProcessingStatus2["Stopped"] = 2] = "Stopped";
  return ProcessingStatus2;
})({});
var defaultOptions = {
  clock: {
    setTimeout: (fn3, ms) => {
      return setTimeout(fn3, ms);
    },
    clearTimeout: (id) => {
      return clearTimeout(id);
    }
  },
  logger: console.log.bind(console),
  devTools: false
};
var Actor = class {
  /**
   * Creates a new actor instance for the given logic with the provided options,
   * if any.
   *
   * @param logic The logic to create an actor from
   * @param options Actor options
   */
  constructor(logic, options) {
    this.logic = logic;
    this._snapshot = void 0;
    this.clock = void 0;
    this.options = void 0;
    this.id = void 0;
    this.mailbox = new Mailbox(this._process.bind(this));
    this.observers = /* @__PURE__ */ new Set();
    this.eventListeners = /* @__PURE__ */ new Map();
    this.logger = void 0;
    this._processingStatus = ProcessingStatus.NotStarted;
    this._parent = void 0;
    this._syncSnapshot = void 0;
    this.ref = void 0;
    this._actorScope = void 0;
    this.systemId = void 0;
    this.sessionId = void 0;
    this.system = void 0;
    this._doneEvent = void 0;
    this.src = void 0;
    this._deferred = [];
    const resolvedOptions = {
      ...defaultOptions,
      ...options
    };
    const {
      clock,
      logger,
      parent,
      syncSnapshot,
      id,
      systemId,
      inspect
    } = resolvedOptions;
    this.system = parent ? parent.system : createSystem(this, {
      clock,
      logger
    });
    if (inspect && !parent) {
      this.system.inspect(toObserver(inspect));
    }
    this.sessionId = this.system._bookId();
    this.id = id ?? this.sessionId;
    this.logger = options?.logger ?? this.system._logger;
    this.clock = options?.clock ?? this.system._clock;
    this._parent = parent;
    this._syncSnapshot = syncSnapshot;
    this.options = resolvedOptions;
    this.src = resolvedOptions.src ?? logic;
    this.ref = this;
    this._actorScope = {
      self: this,
      id: this.id,
      sessionId: this.sessionId,
      logger: this.logger,
      defer: (fn3) => {
        this._deferred.push(fn3);
      },
      system: this.system,
      stopChild: (child) => {
        if (child._parent !== this) {
          throw new Error(`Cannot stop child actor ${child.id} of ${this.id} because it is not a child`);
        }
        child._stop();
      },
      emit: (emittedEvent) => {
        const listeners = this.eventListeners.get(emittedEvent.type);
        const wildcardListener = this.eventListeners.get("*");
        if (!listeners && !wildcardListener) {
          return;
        }
        const allListeners = [...listeners ? listeners.values() : [], ...wildcardListener ? wildcardListener.values() : []];
        for (const handler of allListeners) {
          try {
            handler(emittedEvent);
          } catch (err) {
            reportUnhandledError(err);
          }
        }
      },
      actionExecutor: (action) => {
        const exec = () => {
          this._actorScope.system._sendInspectionEvent({
            type: "@xstate.action",
            actorRef: this,
            action: {
              type: action.type,
              params: action.params
            }
          });
          if (!action.exec) {
            return;
          }
          const saveExecutingCustomAction = executingCustomAction;
          try {
            executingCustomAction = true;
            action.exec(action.info, action.params);
          } finally {
            executingCustomAction = saveExecutingCustomAction;
          }
        };
        if (this._processingStatus === ProcessingStatus.Running) {
          exec();
        } else {
          this._deferred.push(exec);
        }
      }
    };
    this.send = this.send.bind(this);
    this.system._sendInspectionEvent({
      type: "@xstate.actor",
      actorRef: this
    });
    if (systemId) {
      this.systemId = systemId;
      this.system._set(systemId, this);
    }
    this._initState(options?.snapshot ?? options?.state);
    if (systemId && this._snapshot.status !== "active") {
      this.system._unregister(this);
    }
  }
  _initState(persistedState) {
    try {
      this._snapshot = persistedState ? this.logic.restoreSnapshot ? this.logic.restoreSnapshot(persistedState, this._actorScope) : persistedState : this.logic.getInitialSnapshot(this._actorScope, this.options?.input);
    } catch (err) {
      this._snapshot = {
        status: "error",
        output: void 0,
        error: err
      };
    }
  }
  update(snapshot, event) {
    this._snapshot = snapshot;
    let deferredFn;
    while (deferredFn = this._deferred.shift()) {
      try {
        deferredFn();
      } catch (err) {
        this._deferred.length = 0;
        this._snapshot = {
          ...snapshot,
          status: "error",
          error: err
        };
      }
    }
    switch (this._snapshot.status) {
      case "active":
        for (const observer of this.observers) {
          try {
            observer.next?.(snapshot);
          } catch (err) {
            reportUnhandledError(err);
          }
        }
        break;
      case "done":
        for (const observer of this.observers) {
          try {
            observer.next?.(snapshot);
          } catch (err) {
            reportUnhandledError(err);
          }
        }
        this._stopProcedure();
        this._complete();
        this._doneEvent = createDoneActorEvent(this.id, this._snapshot.output);
        if (this._parent) {
          this.system._relay(this, this._parent, this._doneEvent);
        }
        break;
      case "error":
        this._error(this._snapshot.error);
        break;
    }
    this.system._sendInspectionEvent({
      type: "@xstate.snapshot",
      actorRef: this,
      event,
      snapshot
    });
  }
  /**
   * Subscribe an observer to an actor’s snapshot values.
   *
   * @remarks
   * The observer will receive the actor’s snapshot value when it is emitted.
   * The observer can be:
   *
   * - A plain function that receives the latest snapshot, or
   * - An observer object whose `.next(snapshot)` method receives the latest
   *   snapshot
   *
   * @example
   *
   * ```ts
   * // Observer as a plain function
   * const subscription = actor.subscribe((snapshot) => {
   *   console.log(snapshot);
   * });
   * ```
   *
   * @example
   *
   * ```ts
   * // Observer as an object
   * const subscription = actor.subscribe({
   *   next(snapshot) {
   *     console.log(snapshot);
   *   },
   *   error(err) {
   *     // ...
   *   },
   *   complete() {
   *     // ...
   *   }
   * });
   * ```
   *
   * The return value of `actor.subscribe(observer)` is a subscription object
   * that has an `.unsubscribe()` method. You can call
   * `subscription.unsubscribe()` to unsubscribe the observer:
   *
   * @example
   *
   * ```ts
   * const subscription = actor.subscribe((snapshot) => {
   *   // ...
   * });
   *
   * // Unsubscribe the observer
   * subscription.unsubscribe();
   * ```
   *
   * When the actor is stopped, all of its observers will automatically be
   * unsubscribed.
   *
   * @param observer - Either a plain function that receives the latest
   *   snapshot, or an observer object whose `.next(snapshot)` method receives
   *   the latest snapshot
   */
  subscribe(nextListenerOrObserver, errorListener, completeListener) {
    const observer = toObserver(nextListenerOrObserver, errorListener, completeListener);
    if (this._processingStatus !== ProcessingStatus.Stopped) {
      this.observers.add(observer);
    } else {
      switch (this._snapshot.status) {
        case "done":
          try {
            observer.complete?.();
          } catch (err) {
            reportUnhandledError(err);
          }
          break;
        case "error": {
          const err = this._snapshot.error;
          if (!observer.error) {
            reportUnhandledError(err);
          } else {
            try {
              observer.error(err);
            } catch (err2) {
              reportUnhandledError(err2);
            }
          }
          break;
        }
      }
    }
    return {
      unsubscribe: () => {
        this.observers.delete(observer);
      }
    };
  }
  on(type, handler) {
    let listeners = this.eventListeners.get(type);
    if (!listeners) {
      listeners = /* @__PURE__ */ new Set();
      this.eventListeners.set(type, listeners);
    }
    const wrappedHandler = handler.bind(void 0);
    listeners.add(wrappedHandler);
    return {
      unsubscribe: () => {
        listeners.delete(wrappedHandler);
      }
    };
  }
  select(selector, equalityFn = Object.is) {
    return {
      subscribe: (observerOrFn) => {
        const observer = toObserver(observerOrFn);
        const snapshot = this.getSnapshot();
        let previousSelected = selector(snapshot);
        return this.subscribe((snapshot2) => {
          const nextSelected = selector(snapshot2);
          if (!equalityFn(previousSelected, nextSelected)) {
            previousSelected = nextSelected;
            observer.next?.(nextSelected);
          }
        });
      },
      get: () => selector(this.getSnapshot())
    };
  }
  /** Starts the Actor from the initial state */
  start() {
    if (this._processingStatus === ProcessingStatus.Running) {
      return this;
    }
    if (this._syncSnapshot) {
      this.subscribe({
        next: (snapshot) => {
          if (snapshot.status === "active") {
            this.system._relay(this, this._parent, {
              type: `xstate.snapshot.${this.id}`,
              snapshot
            });
          }
        },
        error: () => {
        }
      });
    }
    this.system._register(this.sessionId, this);
    if (this.systemId) {
      this.system._set(this.systemId, this);
    }
    this._processingStatus = ProcessingStatus.Running;
    const initEvent = createInitEvent(this.options.input);
    this.system._sendInspectionEvent({
      type: "@xstate.event",
      sourceRef: this._parent,
      actorRef: this,
      event: initEvent
    });
    const status = this._snapshot.status;
    switch (status) {
      case "done":
        this.update(this._snapshot, initEvent);
        return this;
      case "error":
        this._error(this._snapshot.error);
        return this;
    }
    if (!this._parent) {
      this.system.start();
    }
    if (this.logic.start) {
      try {
        this.logic.start(this._snapshot, this._actorScope);
      } catch (err) {
        this._snapshot = {
          ...this._snapshot,
          status: "error",
          error: err
        };
        this._error(err);
        return this;
      }
    }
    this.update(this._snapshot, initEvent);
    if (this.options.devTools) {
      this.attachDevTools();
    }
    this.mailbox.start();
    return this;
  }
  _process(event) {
    let nextState;
    let caughtError;
    try {
      nextState = this.logic.transition(this._snapshot, event, this._actorScope);
    } catch (err) {
      caughtError = {
        err
      };
    }
    if (caughtError) {
      const {
        err
      } = caughtError;
      this._snapshot = {
        ...this._snapshot,
        status: "error",
        error: err
      };
      this._error(err);
      return;
    }
    this.update(nextState, event);
    if (event.type === XSTATE_STOP) {
      this._stopProcedure();
      this._complete();
    }
  }
  _stop() {
    if (this._processingStatus === ProcessingStatus.Stopped) {
      return this;
    }
    this.mailbox.clear();
    if (this._processingStatus === ProcessingStatus.NotStarted) {
      this._processingStatus = ProcessingStatus.Stopped;
      return this;
    }
    this.mailbox.enqueue({
      type: XSTATE_STOP
    });
    return this;
  }
  /** Stops the Actor and unsubscribe all listeners. */
  stop() {
    if (this._parent) {
      throw new Error("A non-root actor cannot be stopped directly.");
    }
    return this._stop();
  }
  _complete() {
    for (const observer of this.observers) {
      try {
        observer.complete?.();
      } catch (err) {
        reportUnhandledError(err);
      }
    }
    this.observers.clear();
    this.eventListeners.clear();
  }
  _reportError(err) {
    if (!this.observers.size) {
      if (!this._parent) {
        reportUnhandledError(err);
      }
      this.eventListeners.clear();
      return;
    }
    let reportError = false;
    for (const observer of this.observers) {
      const errorListener = observer.error;
      reportError ||= !errorListener;
      try {
        errorListener?.(err);
      } catch (err2) {
        reportUnhandledError(err2);
      }
    }
    this.observers.clear();
    this.eventListeners.clear();
    if (reportError) {
      reportUnhandledError(err);
    }
  }
  _error(err) {
    this._stopProcedure();
    this._reportError(err);
    if (this._parent) {
      this.system._relay(this, this._parent, createErrorActorEvent(this.id, err));
    }
  }
  // TODO: atm children don't belong entirely to the actor so
  // in a way - it's not even super aware of them
  // so we can't stop them from here but we really should!
  // right now, they are being stopped within the machine's transition
  // but that could throw and leave us with "orphaned" active actors
  _stopProcedure() {
    if (this._processingStatus !== ProcessingStatus.Running) {
      return this;
    }
    this.system.scheduler.cancelAll(this);
    this.mailbox.clear();
    this.mailbox = new Mailbox(this._process.bind(this));
    this._processingStatus = ProcessingStatus.Stopped;
    this.system._unregister(this);
    return this;
  }
  /** @internal */
  _send(event) {
    if (this._processingStatus === ProcessingStatus.Stopped) {
      return;
    }
    this.mailbox.enqueue(event);
  }
  /**
   * Sends an event to the running Actor to trigger a transition.
   *
   * @param event The event to send
   */
  send(event) {
    this.system._relay(void 0, this, event);
  }
  attachDevTools() {
    const {
      devTools
    } = this.options;
    if (devTools) {
      const resolvedDevToolsAdapter = typeof devTools === "function" ? devTools : devToolsAdapter;
      resolvedDevToolsAdapter(this);
    }
  }
  toJSON() {
    return {
      xstate$$type: $$ACTOR_TYPE,
      id: this.id
    };
  }
  /**
   * Obtain the internal state of the actor, which can be persisted.
   *
   * @remarks
   * The internal state can be persisted from any actor, not only machines.
   *
   * Note that the persisted state is not the same as the snapshot from
   * {@link Actor.getSnapshot}. Persisted state represents the internal state of
   * the actor, while snapshots represent the actor's last emitted value.
   *
   * Can be restored with {@link ActorOptions.state}
   * @see https://stately.ai/docs/persistence
   */
  getPersistedSnapshot(options) {
    return this.logic.getPersistedSnapshot(this._snapshot, options);
  }
  [symbolObservable]() {
    return this;
  }
  /**
   * Read an actor’s snapshot synchronously.
   *
   * @remarks
   * The snapshot represent an actor's last emitted value.
   *
   * When an actor receives an event, its internal state may change. An actor
   * may emit a snapshot when a state transition occurs.
   *
   * Note that some actors, such as callback actors generated with
   * `fromCallback`, will not emit snapshots.
   * @see {@link Actor.subscribe} to subscribe to an actor’s snapshot values.
   * @see {@link Actor.getPersistedSnapshot} to persist the internal state of an actor (which is more than just a snapshot).
   */
  getSnapshot() {
    return this._snapshot;
  }
};
function createActor(logic, ...[options]) {
  return new Actor(logic, options);
}
function resolveCancel(_, snapshot, actionArgs, actionParams, {
  sendId
}) {
  const resolvedSendId = typeof sendId === "function" ? sendId(actionArgs, actionParams) : sendId;
  return [snapshot, {
    sendId: resolvedSendId
  }, void 0];
}
function executeCancel(actorScope, params) {
  actorScope.defer(() => {
    actorScope.system.scheduler.cancel(actorScope.self, params.sendId);
  });
}
function cancel(sendId) {
  function cancel2(_args, _params) {
  }
  cancel2.type = "xstate.cancel";
  cancel2.sendId = sendId;
  cancel2.resolve = resolveCancel;
  cancel2.execute = executeCancel;
  return cancel2;
}
function resolveSpawn(actorScope, snapshot, actionArgs, _actionParams, {
  id,
  systemId,
  src,
  input,
  syncSnapshot
}) {
  const logic = typeof src === "string" ? resolveReferencedActor(snapshot.machine, src) : src;
  const resolvedId = typeof id === "function" ? id(actionArgs) : id;
  let actorRef;
  let resolvedInput = void 0;
  if (logic) {
    resolvedInput = typeof input === "function" ? input({
      context: snapshot.context,
      event: actionArgs.event,
      self: actorScope.self
    }) : input;
    actorRef = createActor(logic, {
      id: resolvedId,
      src,
      parent: actorScope.self,
      syncSnapshot,
      systemId,
      input: resolvedInput
    });
  }
  return [cloneMachineSnapshot(snapshot, {
    children: {
      ...snapshot.children,
      [resolvedId]: actorRef
    }
  }), {
    id,
    systemId,
    actorRef,
    src,
    input: resolvedInput
  }, void 0];
}
function executeSpawn(actorScope, {
  actorRef
}) {
  if (!actorRef) {
    return;
  }
  actorScope.defer(() => {
    if (actorRef._processingStatus === ProcessingStatus.Stopped) {
      return;
    }
    actorRef.start();
  });
}
function spawnChild(...[src, {
  id,
  systemId,
  input,
  syncSnapshot = false
} = {}]) {
  function spawnChild2(_args, _params) {
  }
  spawnChild2.type = "xstate.spawnChild";
  spawnChild2.id = id;
  spawnChild2.systemId = systemId;
  spawnChild2.src = src;
  spawnChild2.input = input;
  spawnChild2.syncSnapshot = syncSnapshot;
  spawnChild2.resolve = resolveSpawn;
  spawnChild2.execute = executeSpawn;
  return spawnChild2;
}
function resolveStop(_, snapshot, args2, actionParams, {
  actorRef
}) {
  const actorRefOrString = typeof actorRef === "function" ? actorRef(args2, actionParams) : actorRef;
  const resolvedActorRef = typeof actorRefOrString === "string" ? snapshot.children[actorRefOrString] : actorRefOrString;
  let children = snapshot.children;
  if (resolvedActorRef) {
    children = {
      ...children
    };
    delete children[resolvedActorRef.id];
  }
  return [cloneMachineSnapshot(snapshot, {
    children
  }), resolvedActorRef, void 0];
}
function unregisterRecursively(actorScope, actorRef) {
  const snapshot = actorRef.getSnapshot();
  if (snapshot && "children" in snapshot) {
    for (const child of Object.values(snapshot.children)) {
      unregisterRecursively(actorScope, child);
    }
  }
  actorScope.system._unregister(actorRef);
}
function executeStop(actorScope, actorRef) {
  if (!actorRef) {
    return;
  }
  unregisterRecursively(actorScope, actorRef);
  if (actorRef._processingStatus !== ProcessingStatus.Running) {
    actorScope.stopChild(actorRef);
    return;
  }
  actorScope.defer(() => {
    actorScope.stopChild(actorRef);
  });
}
function stopChild(actorRef) {
  function stop2(_args, _params) {
  }
  stop2.type = "xstate.stopChild";
  stop2.actorRef = actorRef;
  stop2.resolve = resolveStop;
  stop2.execute = executeStop;
  return stop2;
}
function checkAnd(snapshot, {
  context: context3,
  event
}, {
  guards
}) {
  return guards.every((guard) => evaluateGuard(guard, context3, event, snapshot));
}
function and(guards) {
  function and2(_args, _params) {
    return false;
  }
  and2.check = checkAnd;
  and2.guards = guards;
  return and2;
}
function evaluateGuard(guard, context3, event, snapshot) {
  const {
    machine
  } = snapshot;
  const isInline = typeof guard === "function";
  const resolved = isInline ? guard : machine.implementations.guards[typeof guard === "string" ? guard : guard.type];
  if (!isInline && !resolved) {
    throw new Error(`Guard '${typeof guard === "string" ? guard : guard.type}' is not implemented.'.`);
  }
  if (typeof resolved !== "function") {
    return evaluateGuard(resolved, context3, event, snapshot);
  }
  const guardArgs = {
    context: context3,
    event
  };
  const guardParams = isInline || typeof guard === "string" ? void 0 : "params" in guard ? typeof guard.params === "function" ? guard.params({
    context: context3,
    event
  }) : guard.params : void 0;
  if (!("check" in resolved)) {
    return resolved(guardArgs, guardParams);
  }
  const builtinGuard = resolved;
  return builtinGuard.check(
    snapshot,
    guardArgs,
    resolved
    // this holds all params
  );
}
function isAtomicStateNode(stateNode) {
  return stateNode.type === "atomic" || stateNode.type === "final";
}
function getChildren(stateNode) {
  return Object.values(stateNode.states).filter((sn) => sn.type !== "history");
}
function getProperAncestors(stateNode, toStateNode) {
  const ancestors = [];
  if (toStateNode === stateNode) {
    return ancestors;
  }
  let m = stateNode.parent;
  while (m && m !== toStateNode) {
    ancestors.push(m);
    m = m.parent;
  }
  return ancestors;
}
function getAllStateNodes(stateNodes) {
  const nodeSet = new Set(stateNodes);
  const adjList = getAdjList(nodeSet);
  for (const s of nodeSet) {
    if (s.type === "compound" && (!adjList.get(s) || !adjList.get(s).length)) {
      getInitialStateNodesWithTheirAncestors(s).forEach((sn) => nodeSet.add(sn));
    } else {
      if (s.type === "parallel") {
        for (const child of getChildren(s)) {
          if (child.type === "history") {
            continue;
          }
          if (!nodeSet.has(child)) {
            const initialStates = getInitialStateNodesWithTheirAncestors(child);
            for (const initialStateNode of initialStates) {
              nodeSet.add(initialStateNode);
            }
          }
        }
      }
    }
  }
  for (const s of nodeSet) {
    let m = s.parent;
    while (m) {
      nodeSet.add(m);
      m = m.parent;
    }
  }
  return nodeSet;
}
function getValueFromAdj(baseNode, adjList) {
  const childStateNodes = adjList.get(baseNode);
  if (!childStateNodes) {
    return {};
  }
  if (baseNode.type === "compound") {
    const childStateNode = childStateNodes[0];
    if (childStateNode) {
      if (isAtomicStateNode(childStateNode)) {
        return childStateNode.key;
      }
    } else {
      return {};
    }
  }
  const stateValue2 = {};
  for (const childStateNode of childStateNodes) {
    stateValue2[childStateNode.key] = getValueFromAdj(childStateNode, adjList);
  }
  return stateValue2;
}
function getAdjList(stateNodes) {
  const adjList = /* @__PURE__ */ new Map();
  for (const s of stateNodes) {
    if (!adjList.has(s)) {
      adjList.set(s, []);
    }
    if (s.parent) {
      if (!adjList.has(s.parent)) {
        adjList.set(s.parent, []);
      }
      adjList.get(s.parent).push(s);
    }
  }
  return adjList;
}
function getStateValue(rootNode, stateNodes) {
  const config = getAllStateNodes(stateNodes);
  return getValueFromAdj(rootNode, getAdjList(config));
}
function isInFinalState(stateNodeSet, stateNode) {
  if (stateNode.type === "compound") {
    return getChildren(stateNode).some((s) => s.type === "final" && stateNodeSet.has(s));
  }
  if (stateNode.type === "parallel") {
    return getChildren(stateNode).every((sn) => isInFinalState(stateNodeSet, sn));
  }
  return stateNode.type === "final";
}
var isStateId = (str) => str[0] === STATE_IDENTIFIER;
function getCandidates(stateNode, receivedEventType) {
  const exactMatch = stateNode.transitions.get(receivedEventType);
  const wildcardCandidates = [...stateNode.transitions.keys()].filter((eventDescriptor) => eventDescriptor !== receivedEventType && matchesEventDescriptor(receivedEventType, eventDescriptor)).sort((a, b) => b.length - a.length).flatMap((key) => stateNode.transitions.get(key));
  return exactMatch ? [...exactMatch, ...wildcardCandidates] : wildcardCandidates;
}
function getDelayedTransitions(stateNode) {
  const afterConfig = stateNode.config.after;
  if (!afterConfig) {
    return [];
  }
  const mutateEntryExit = (delay3) => {
    const afterEvent = createAfterEvent(delay3, stateNode.id);
    const eventType = afterEvent.type;
    stateNode.entry.push(raise(afterEvent, {
      id: eventType,
      delay: delay3
    }));
    stateNode.exit.push(cancel(eventType));
    return eventType;
  };
  const delayedTransitions = Object.keys(afterConfig).flatMap((delay3) => {
    const configTransition = afterConfig[delay3];
    const resolvedTransition = typeof configTransition === "string" ? {
      target: configTransition
    } : configTransition;
    const resolvedDelay = Number.isNaN(+delay3) ? delay3 : +delay3;
    const eventType = mutateEntryExit(resolvedDelay);
    return toArray(resolvedTransition).map((transition) => ({
      ...transition,
      event: eventType,
      delay: resolvedDelay
    }));
  });
  return delayedTransitions.map((delayedTransition) => {
    const {
      delay: delay3
    } = delayedTransition;
    return {
      ...formatTransition(stateNode, delayedTransition.event, delayedTransition),
      delay: delay3
    };
  });
}
function formatTransition(stateNode, descriptor, transitionConfig) {
  const normalizedTarget = normalizeTarget(transitionConfig.target);
  const reenter = transitionConfig.reenter ?? false;
  const target = resolveTarget(stateNode, normalizedTarget);
  const transition = {
    ...transitionConfig,
    actions: toArray(transitionConfig.actions),
    guard: transitionConfig.guard,
    target,
    source: stateNode,
    reenter,
    eventType: descriptor,
    toJSON: () => ({
      ...transition,
      source: `#${stateNode.id}`,
      target: target ? target.map((t) => `#${t.id}`) : void 0
    })
  };
  return transition;
}
function formatTransitions(stateNode) {
  const transitions = /* @__PURE__ */ new Map();
  if (stateNode.config.on) {
    for (const descriptor of Object.keys(stateNode.config.on)) {
      if (descriptor === NULL_EVENT) {
        throw new Error('Null events ("") cannot be specified as a transition key. Use `always: { ... }` instead.');
      }
      const transitionsConfig = stateNode.config.on[descriptor];
      transitions.set(descriptor, toTransitionConfigArray(transitionsConfig).map((t) => formatTransition(stateNode, descriptor, t)));
    }
  }
  if (stateNode.config.onDone) {
    const descriptor = `xstate.done.state.${stateNode.id}`;
    transitions.set(descriptor, toTransitionConfigArray(stateNode.config.onDone).map((t) => formatTransition(stateNode, descriptor, t)));
  }
  for (const invokeDef of stateNode.invoke) {
    if (invokeDef.onDone) {
      const descriptor = `xstate.done.actor.${invokeDef.id}`;
      transitions.set(descriptor, toTransitionConfigArray(invokeDef.onDone).map((t) => formatTransition(stateNode, descriptor, t)));
    }
    if (invokeDef.onError) {
      const descriptor = `xstate.error.actor.${invokeDef.id}`;
      transitions.set(descriptor, toTransitionConfigArray(invokeDef.onError).map((t) => formatTransition(stateNode, descriptor, t)));
    }
    if (invokeDef.onSnapshot) {
      const descriptor = `xstate.snapshot.${invokeDef.id}`;
      transitions.set(descriptor, toTransitionConfigArray(invokeDef.onSnapshot).map((t) => formatTransition(stateNode, descriptor, t)));
    }
  }
  for (const delayedTransition of stateNode.after) {
    let existing = transitions.get(delayedTransition.eventType);
    if (!existing) {
      existing = [];
      transitions.set(delayedTransition.eventType, existing);
    }
    existing.push(delayedTransition);
  }
  return transitions;
}
function formatRouteTransitions(rootStateNode) {
  const routeTransitions = [];
  const collectRoutes = (states) => {
    Object.values(states).forEach((sn) => {
      if (sn.config.route && sn.config.id) {
        const routeId = sn.config.id;
        const userGuard = sn.config.route.guard;
        const routeMatches = ({
          event
        }) => event.to === `#${routeId}`;
        const transition = {
          ...sn.config.route,
          guard: userGuard ? and([routeMatches, userGuard]) : routeMatches,
          target: `#${routeId}`
        };
        routeTransitions.push(formatTransition(rootStateNode, "xstate.route", transition));
      }
      if (sn.states) {
        collectRoutes(sn.states);
      }
    });
  };
  collectRoutes(rootStateNode.states);
  if (routeTransitions.length > 0) {
    rootStateNode.transitions.set("xstate.route", routeTransitions);
  }
}
function formatInitialTransition(stateNode, _target) {
  const resolvedTarget = typeof _target === "string" ? stateNode.states[_target] : _target ? stateNode.states[_target.target] : void 0;
  if (!resolvedTarget && _target) {
    throw new Error(
      // oxlint-disable-next-line typescript/restrict-template-expressions, typescript/no-base-to-string
      `Initial state node "${_target}" not found on parent state node #${stateNode.id}`
    );
  }
  const transition = {
    source: stateNode,
    actions: !_target || typeof _target === "string" ? [] : toArray(_target.actions),
    eventType: null,
    reenter: false,
    target: resolvedTarget ? [resolvedTarget] : [],
    meta: typeof _target === "object" ? _target.meta : void 0,
    description: typeof _target === "object" ? _target.description : void 0,
    toJSON: () => ({
      ...transition,
      source: `#${stateNode.id}`,
      target: resolvedTarget ? [`#${resolvedTarget.id}`] : []
    })
  };
  return transition;
}
function resolveTarget(stateNode, targets) {
  if (targets === void 0) {
    return void 0;
  }
  return targets.map((target) => {
    if (typeof target !== "string") {
      return target;
    }
    if (isStateId(target)) {
      return stateNode.machine.getStateNodeById(target);
    }
    const isInternalTarget = target[0] === STATE_DELIMITER;
    if (isInternalTarget && !stateNode.parent) {
      return getStateNodeByPath(stateNode, target.slice(1));
    }
    const resolvedTarget = isInternalTarget ? stateNode.key + target : target;
    if (stateNode.parent) {
      try {
        const targetStateNode = getStateNodeByPath(stateNode.parent, resolvedTarget);
        return targetStateNode;
      } catch (err) {
        throw new Error(`Invalid transition definition for state node '${stateNode.id}':
${err.message}`);
      }
    } else {
      throw new Error(`Invalid target: "${target}" is not a valid target from the root node. Did you mean ".${target}"?`);
    }
  });
}
function resolveHistoryDefaultTransition(stateNode) {
  const normalizedTarget = normalizeTarget(stateNode.config.target);
  if (!normalizedTarget) {
    if (stateNode.parent.type === "parallel") {
      return {
        target: [stateNode.parent]
      };
    }
    return stateNode.parent.initial;
  }
  return {
    target: normalizedTarget.map((t) => typeof t === "string" ? getStateNodeByPath(stateNode.parent, t) : t)
  };
}
function isHistoryNode(stateNode) {
  return stateNode.type === "history";
}
function getInitialStateNodesWithTheirAncestors(stateNode) {
  const states = getInitialStateNodes(stateNode);
  for (const initialState of states) {
    for (const ancestor of getProperAncestors(initialState, stateNode)) {
      states.add(ancestor);
    }
  }
  return states;
}
function getInitialStateNodes(stateNode) {
  const set2 = /* @__PURE__ */ new Set();
  function iter(descStateNode) {
    if (set2.has(descStateNode)) {
      return;
    }
    set2.add(descStateNode);
    if (descStateNode.type === "compound") {
      iter(descStateNode.initial.target[0]);
    } else if (descStateNode.type === "parallel") {
      for (const child of getChildren(descStateNode)) {
        iter(child);
      }
    }
  }
  iter(stateNode);
  return set2;
}
function getStateNode(stateNode, stateKey) {
  if (isStateId(stateKey)) {
    return stateNode.machine.getStateNodeById(stateKey);
  }
  if (!stateNode.states) {
    throw new Error(`Unable to retrieve child state '${stateKey}' from '${stateNode.id}'; no child states exist.`);
  }
  const result3 = stateNode.states[stateKey];
  if (!result3) {
    throw new Error(`Child state '${stateKey}' does not exist on '${stateNode.id}'`);
  }
  return result3;
}
function getStateNodeByPath(stateNode, statePath) {
  if (typeof statePath === "string" && isStateId(statePath)) {
    try {
      return stateNode.machine.getStateNodeById(statePath);
    } catch {
    }
  }
  const arrayStatePath = toStatePath(statePath).slice();
  let currentStateNode = stateNode;
  while (arrayStatePath.length) {
    const key = arrayStatePath.shift();
    if (!key.length) {
      break;
    }
    currentStateNode = getStateNode(currentStateNode, key);
  }
  return currentStateNode;
}
function getStateNodes(stateNode, stateValue2) {
  if (typeof stateValue2 === "string") {
    const childStateNode = stateNode.states[stateValue2];
    if (!childStateNode) {
      throw new Error(`State '${stateValue2}' does not exist on '${stateNode.id}'`);
    }
    return [stateNode, childStateNode];
  }
  const childStateKeys = Object.keys(stateValue2);
  const childStateNodes = childStateKeys.map((subStateKey) => getStateNode(stateNode, subStateKey)).filter(Boolean);
  return [stateNode.machine.root, stateNode].concat(childStateNodes, childStateKeys.reduce((allSubStateNodes, subStateKey) => {
    const subStateNode = getStateNode(stateNode, subStateKey);
    if (!subStateNode) {
      return allSubStateNodes;
    }
    const subStateNodes = getStateNodes(subStateNode, stateValue2[subStateKey]);
    return allSubStateNodes.concat(subStateNodes);
  }, []));
}
function transitionAtomicNode(stateNode, stateValue2, snapshot, event) {
  const childStateNode = getStateNode(stateNode, stateValue2);
  const next = childStateNode.next(snapshot, event);
  if (!next || !next.length) {
    return stateNode.next(snapshot, event);
  }
  return next;
}
function transitionCompoundNode(stateNode, stateValue2, snapshot, event) {
  const subStateKeys = Object.keys(stateValue2);
  const childStateNode = getStateNode(stateNode, subStateKeys[0]);
  const next = transitionNode(childStateNode, stateValue2[subStateKeys[0]], snapshot, event);
  if (!next || !next.length) {
    return stateNode.next(snapshot, event);
  }
  return next;
}
function transitionParallelNode(stateNode, stateValue2, snapshot, event) {
  const allInnerTransitions = [];
  for (const subStateKey of Object.keys(stateValue2)) {
    const subStateValue = stateValue2[subStateKey];
    if (!subStateValue) {
      continue;
    }
    const subStateNode = getStateNode(stateNode, subStateKey);
    const innerTransitions = transitionNode(subStateNode, subStateValue, snapshot, event);
    if (innerTransitions) {
      allInnerTransitions.push(...innerTransitions);
    }
  }
  if (!allInnerTransitions.length) {
    return stateNode.next(snapshot, event);
  }
  return allInnerTransitions;
}
function transitionNode(stateNode, stateValue2, snapshot, event) {
  if (typeof stateValue2 === "string") {
    return transitionAtomicNode(stateNode, stateValue2, snapshot, event);
  }
  if (Object.keys(stateValue2).length === 1) {
    return transitionCompoundNode(stateNode, stateValue2, snapshot, event);
  }
  return transitionParallelNode(stateNode, stateValue2, snapshot, event);
}
function getHistoryNodes(stateNode) {
  return Object.keys(stateNode.states).map((key) => stateNode.states[key]).filter((sn) => sn.type === "history");
}
function isDescendant(childStateNode, parentStateNode) {
  let marker = childStateNode;
  while (marker.parent && marker.parent !== parentStateNode) {
    marker = marker.parent;
  }
  return marker.parent === parentStateNode;
}
function hasIntersection(s1, s2) {
  const set1 = new Set(s1);
  const set2 = new Set(s2);
  for (const item of set1) {
    if (set2.has(item)) {
      return true;
    }
  }
  for (const item of set2) {
    if (set1.has(item)) {
      return true;
    }
  }
  return false;
}
function removeConflictingTransitions(enabledTransitions, stateNodeSet, historyValue) {
  const filteredTransitions = /* @__PURE__ */ new Set();
  for (const t1 of enabledTransitions) {
    let t1Preempted = false;
    const transitionsToRemove = /* @__PURE__ */ new Set();
    for (const t2 of filteredTransitions) {
      if (hasIntersection(computeExitSet([t1], stateNodeSet, historyValue), computeExitSet([t2], stateNodeSet, historyValue))) {
        if (isDescendant(t1.source, t2.source)) {
          transitionsToRemove.add(t2);
        } else {
          t1Preempted = true;
          break;
        }
      }
    }
    if (!t1Preempted) {
      for (const t3 of transitionsToRemove) {
        filteredTransitions.delete(t3);
      }
      filteredTransitions.add(t1);
    }
  }
  return Array.from(filteredTransitions);
}
function findLeastCommonAncestor(stateNodes) {
  const [head3, ...tail] = stateNodes;
  for (const ancestor of getProperAncestors(head3, void 0)) {
    if (tail.every((sn) => isDescendant(sn, ancestor))) {
      return ancestor;
    }
  }
}
function getEffectiveTargetStates(transition, historyValue) {
  if (!transition.target) {
    return [];
  }
  const targets = /* @__PURE__ */ new Set();
  for (const targetNode of transition.target) {
    if (isHistoryNode(targetNode)) {
      if (historyValue[targetNode.id]) {
        for (const node of historyValue[targetNode.id]) {
          targets.add(node);
        }
      } else {
        for (const node of getEffectiveTargetStates(resolveHistoryDefaultTransition(targetNode), historyValue)) {
          targets.add(node);
        }
      }
    } else {
      targets.add(targetNode);
    }
  }
  return [...targets];
}
function getTransitionDomain(transition, historyValue) {
  const targetStates = getEffectiveTargetStates(transition, historyValue);
  if (!targetStates) {
    return;
  }
  if (!transition.reenter && targetStates.every((target) => target === transition.source || isDescendant(target, transition.source))) {
    return transition.source;
  }
  const lca = findLeastCommonAncestor(targetStates.concat(transition.source));
  if (lca) {
    return lca;
  }
  if (transition.reenter) {
    return;
  }
  return transition.source.machine.root;
}
function computeExitSet(transitions, stateNodeSet, historyValue) {
  const statesToExit = /* @__PURE__ */ new Set();
  for (const t of transitions) {
    if (t.target?.length) {
      const domain = getTransitionDomain(t, historyValue);
      if (t.reenter && t.source === domain) {
        statesToExit.add(domain);
      }
      for (const stateNode of stateNodeSet) {
        if (isDescendant(stateNode, domain)) {
          statesToExit.add(stateNode);
        }
      }
    }
  }
  return [...statesToExit];
}
function areStateNodeCollectionsEqual(prevStateNodes, nextStateNodeSet) {
  if (prevStateNodes.length !== nextStateNodeSet.size) {
    return false;
  }
  for (const node of prevStateNodes) {
    if (!nextStateNodeSet.has(node)) {
      return false;
    }
  }
  return true;
}
function initialMicrostep(root, preInitialState, actorScope, initEvent, internalQueue) {
  return microstep([{
    target: [...getInitialStateNodes(root)],
    source: root,
    reenter: true,
    actions: [],
    eventType: null,
    toJSON: null
  }], preInitialState, actorScope, initEvent, true, internalQueue);
}
function microstep(transitions, currentSnapshot, actorScope, event, isInitial, internalQueue) {
  const actions = [];
  if (!transitions.length) {
    return [currentSnapshot, actions];
  }
  const originalExecutor = actorScope.actionExecutor;
  actorScope.actionExecutor = (action) => {
    actions.push(action);
    originalExecutor(action);
  };
  try {
    const mutStateNodeSet = new Set(currentSnapshot._nodes);
    let historyValue = currentSnapshot.historyValue;
    const filteredTransitions = removeConflictingTransitions(transitions, mutStateNodeSet, historyValue);
    let nextState = currentSnapshot;
    if (!isInitial) {
      [nextState, historyValue] = exitStates(nextState, event, actorScope, filteredTransitions, mutStateNodeSet, historyValue, internalQueue, actorScope.actionExecutor);
    }
    nextState = resolveActionsAndContext(nextState, event, actorScope, filteredTransitions.flatMap((t) => t.actions), internalQueue, void 0);
    nextState = enterStates(nextState, event, actorScope, filteredTransitions, mutStateNodeSet, internalQueue, historyValue, isInitial);
    const nextStateNodes = [...mutStateNodeSet];
    if (nextState.status === "done") {
      nextState = resolveActionsAndContext(nextState, event, actorScope, nextStateNodes.sort((a, b) => b.order - a.order).flatMap((state) => state.exit), internalQueue, void 0);
    }
    try {
      if (historyValue === currentSnapshot.historyValue && areStateNodeCollectionsEqual(currentSnapshot._nodes, mutStateNodeSet)) {
        return [nextState, actions];
      }
      return [cloneMachineSnapshot(nextState, {
        _nodes: nextStateNodes,
        historyValue
      }), actions];
    } catch (e) {
      throw e;
    }
  } finally {
    actorScope.actionExecutor = originalExecutor;
  }
}
function getMachineOutput(snapshot, event, actorScope, rootNode, rootCompletionNode) {
  if (rootNode.output === void 0) {
    return;
  }
  const doneStateEvent = createDoneStateEvent(rootCompletionNode.id, rootCompletionNode.output !== void 0 && rootCompletionNode.parent ? resolveOutput(rootCompletionNode.output, snapshot.context, event, actorScope.self) : void 0);
  return resolveOutput(rootNode.output, snapshot.context, doneStateEvent, actorScope.self);
}
function enterStates(currentSnapshot, event, actorScope, filteredTransitions, mutStateNodeSet, internalQueue, historyValue, isInitial) {
  let nextSnapshot = currentSnapshot;
  const statesToEnter = /* @__PURE__ */ new Set();
  const statesForDefaultEntry = /* @__PURE__ */ new Set();
  computeEntrySet(filteredTransitions, historyValue, statesForDefaultEntry, statesToEnter);
  if (isInitial) {
    statesForDefaultEntry.add(currentSnapshot.machine.root);
  }
  const completedNodes = /* @__PURE__ */ new Set();
  for (const stateNodeToEnter of [...statesToEnter].sort((a, b) => a.order - b.order)) {
    mutStateNodeSet.add(stateNodeToEnter);
    const actions = [];
    actions.push(...stateNodeToEnter.entry);
    for (const invokeDef of stateNodeToEnter.invoke) {
      actions.push(spawnChild(invokeDef.src, {
        ...invokeDef,
        syncSnapshot: !!invokeDef.onSnapshot
      }));
    }
    if (statesForDefaultEntry.has(stateNodeToEnter)) {
      const initialActions = stateNodeToEnter.initial.actions;
      actions.push(...initialActions);
    }
    nextSnapshot = resolveActionsAndContext(nextSnapshot, event, actorScope, actions, internalQueue, stateNodeToEnter.invoke.map((invokeDef) => invokeDef.id));
    if (stateNodeToEnter.type === "final") {
      const parent = stateNodeToEnter.parent;
      let ancestorMarker = parent?.type === "parallel" ? parent : parent?.parent;
      let rootCompletionNode = ancestorMarker || stateNodeToEnter;
      if (parent?.type === "compound") {
        internalQueue.push(createDoneStateEvent(parent.id, stateNodeToEnter.output !== void 0 ? resolveOutput(stateNodeToEnter.output, nextSnapshot.context, event, actorScope.self) : void 0));
      }
      while (ancestorMarker?.type === "parallel" && !completedNodes.has(ancestorMarker) && isInFinalState(mutStateNodeSet, ancestorMarker)) {
        completedNodes.add(ancestorMarker);
        internalQueue.push(createDoneStateEvent(ancestorMarker.id));
        rootCompletionNode = ancestorMarker;
        ancestorMarker = ancestorMarker.parent;
      }
      if (ancestorMarker) {
        continue;
      }
      nextSnapshot = cloneMachineSnapshot(nextSnapshot, {
        status: "done",
        output: getMachineOutput(nextSnapshot, event, actorScope, nextSnapshot.machine.root, rootCompletionNode)
      });
    }
  }
  return nextSnapshot;
}
function computeEntrySet(transitions, historyValue, statesForDefaultEntry, statesToEnter) {
  for (const t of transitions) {
    const domain = getTransitionDomain(t, historyValue);
    for (const s of t.target || []) {
      if (!isHistoryNode(s) && // if the target is different than the source then it will *definitely* be entered
      (t.source !== s || // we know that the domain can't lie within the source
      // if it's different than the source then it's outside of it and it means that the target has to be entered as well
      t.source !== domain || // reentering transitions always enter the target, even if it's the source itself
      t.reenter)) {
        statesToEnter.add(s);
        statesForDefaultEntry.add(s);
      }
      addDescendantStatesToEnter(s, historyValue, statesForDefaultEntry, statesToEnter);
    }
    const targetStates = getEffectiveTargetStates(t, historyValue);
    for (const s of targetStates) {
      const ancestors = getProperAncestors(s, domain);
      if (domain?.type === "parallel") {
        ancestors.push(domain);
      }
      addAncestorStatesToEnter(statesToEnter, historyValue, statesForDefaultEntry, ancestors, !t.source.parent && t.reenter ? void 0 : domain);
    }
  }
}
function addDescendantStatesToEnter(stateNode, historyValue, statesForDefaultEntry, statesToEnter) {
  if (isHistoryNode(stateNode)) {
    if (historyValue[stateNode.id]) {
      const historyStateNodes = historyValue[stateNode.id];
      for (const s of historyStateNodes) {
        statesToEnter.add(s);
        addDescendantStatesToEnter(s, historyValue, statesForDefaultEntry, statesToEnter);
      }
      for (const s of historyStateNodes) {
        addProperAncestorStatesToEnter(s, stateNode.parent, statesToEnter, historyValue, statesForDefaultEntry);
      }
    } else {
      const historyDefaultTransition = resolveHistoryDefaultTransition(stateNode);
      for (const s of historyDefaultTransition.target) {
        statesToEnter.add(s);
        if (historyDefaultTransition === stateNode.parent?.initial) {
          statesForDefaultEntry.add(stateNode.parent);
        }
        addDescendantStatesToEnter(s, historyValue, statesForDefaultEntry, statesToEnter);
      }
      for (const s of historyDefaultTransition.target) {
        addProperAncestorStatesToEnter(s, stateNode.parent, statesToEnter, historyValue, statesForDefaultEntry);
      }
    }
  } else {
    if (stateNode.type === "compound") {
      const [initialState] = stateNode.initial.target;
      if (!isHistoryNode(initialState)) {
        statesToEnter.add(initialState);
        statesForDefaultEntry.add(initialState);
      }
      addDescendantStatesToEnter(initialState, historyValue, statesForDefaultEntry, statesToEnter);
      addProperAncestorStatesToEnter(initialState, stateNode, statesToEnter, historyValue, statesForDefaultEntry);
    } else {
      if (stateNode.type === "parallel") {
        for (const child of getChildren(stateNode).filter((sn) => !isHistoryNode(sn))) {
          if (![...statesToEnter].some((s) => isDescendant(s, child))) {
            if (!isHistoryNode(child)) {
              statesToEnter.add(child);
              statesForDefaultEntry.add(child);
            }
            addDescendantStatesToEnter(child, historyValue, statesForDefaultEntry, statesToEnter);
          }
        }
      }
    }
  }
}
function addAncestorStatesToEnter(statesToEnter, historyValue, statesForDefaultEntry, ancestors, reentrancyDomain) {
  for (const anc of ancestors) {
    if (!reentrancyDomain || isDescendant(anc, reentrancyDomain)) {
      statesToEnter.add(anc);
    }
    if (anc.type === "parallel") {
      for (const child of getChildren(anc).filter((sn) => !isHistoryNode(sn))) {
        if (![...statesToEnter].some((s) => isDescendant(s, child))) {
          statesToEnter.add(child);
          addDescendantStatesToEnter(child, historyValue, statesForDefaultEntry, statesToEnter);
        }
      }
    }
  }
}
function addProperAncestorStatesToEnter(stateNode, toStateNode, statesToEnter, historyValue, statesForDefaultEntry) {
  addAncestorStatesToEnter(statesToEnter, historyValue, statesForDefaultEntry, getProperAncestors(stateNode, toStateNode));
}
function exitStates(currentSnapshot, event, actorScope, transitions, mutStateNodeSet, historyValue, internalQueue, _actionExecutor) {
  let nextSnapshot = currentSnapshot;
  const statesToExit = computeExitSet(transitions, mutStateNodeSet, historyValue);
  statesToExit.sort((a, b) => b.order - a.order);
  let changedHistory;
  for (const exitStateNode of statesToExit) {
    for (const historyNode of getHistoryNodes(exitStateNode)) {
      let predicate;
      if (historyNode.history === "deep") {
        predicate = (sn) => isAtomicStateNode(sn) && isDescendant(sn, exitStateNode);
      } else {
        predicate = (sn) => {
          return sn.parent === exitStateNode;
        };
      }
      changedHistory ??= {
        ...historyValue
      };
      changedHistory[historyNode.id] = Array.from(mutStateNodeSet).filter(predicate);
    }
  }
  for (const s of statesToExit) {
    nextSnapshot = resolveActionsAndContext(nextSnapshot, event, actorScope, [...s.exit, ...s.invoke.map((def) => stopChild(def.id))], internalQueue, void 0);
    mutStateNodeSet.delete(s);
  }
  return [nextSnapshot, changedHistory || historyValue];
}
function getAction(machine, actionType) {
  return machine.implementations.actions[actionType];
}
function resolveAndExecuteActionsWithContext(currentSnapshot, event, actorScope, actions, extra, retries) {
  const {
    machine
  } = currentSnapshot;
  let intermediateSnapshot = currentSnapshot;
  for (const action of actions) {
    const isInline = typeof action === "function";
    const resolvedAction = isInline ? action : (
      // the existing type of `.actions` assumes non-nullable `TExpressionAction`
      // it's fine to cast this here to get a common type and lack of errors in the rest of the code
      // our logic below makes sure that we call those 2 "variants" correctly
      getAction(machine, typeof action === "string" ? action : action.type)
    );
    const actionArgs = {
      context: intermediateSnapshot.context,
      event,
      self: actorScope.self,
      system: actorScope.system
    };
    const actionParams = isInline || typeof action === "string" ? void 0 : "params" in action ? typeof action.params === "function" ? action.params({
      context: intermediateSnapshot.context,
      event
    }) : action.params : void 0;
    if (!resolvedAction || !("resolve" in resolvedAction)) {
      actorScope.actionExecutor({
        type: typeof action === "string" ? action : typeof action === "object" ? action.type : action.name || "(anonymous)",
        info: actionArgs,
        params: actionParams,
        exec: resolvedAction
      });
      continue;
    }
    const builtinAction = resolvedAction;
    const [nextState, params, actions2] = builtinAction.resolve(
      actorScope,
      intermediateSnapshot,
      actionArgs,
      actionParams,
      resolvedAction,
      // this holds all params
      extra
    );
    intermediateSnapshot = nextState;
    if ("retryResolve" in builtinAction) {
      retries?.push([builtinAction, params]);
    }
    if ("execute" in builtinAction) {
      actorScope.actionExecutor({
        type: builtinAction.type,
        info: actionArgs,
        params,
        exec: builtinAction.execute.bind(null, actorScope, params)
      });
    }
    if (actions2) {
      intermediateSnapshot = resolveAndExecuteActionsWithContext(intermediateSnapshot, event, actorScope, actions2, extra, retries);
    }
  }
  return intermediateSnapshot;
}
function resolveActionsAndContext(currentSnapshot, event, actorScope, actions, internalQueue, deferredActorIds) {
  const retries = deferredActorIds ? [] : void 0;
  const nextState = resolveAndExecuteActionsWithContext(currentSnapshot, event, actorScope, actions, {
    internalQueue,
    deferredActorIds
  }, retries);
  retries?.forEach(([builtinAction, params]) => {
    builtinAction.retryResolve(actorScope, nextState, params);
  });
  return nextState;
}
function macrostep(snapshot, event, actorScope, internalQueue) {
  let nextSnapshot = snapshot;
  const microsteps = [];
  function addMicrostep(step, event2, transitions) {
    actorScope.system._sendInspectionEvent({
      type: "@xstate.microstep",
      actorRef: actorScope.self,
      event: event2,
      snapshot: step[0],
      _transitions: transitions
    });
    microsteps.push(step);
  }
  if (event.type === XSTATE_STOP) {
    nextSnapshot = cloneMachineSnapshot(stopChildren(nextSnapshot, event, actorScope), {
      status: "stopped"
    });
    addMicrostep([nextSnapshot, []], event, []);
    return {
      snapshot: nextSnapshot,
      microsteps
    };
  }
  let nextEvent = event;
  if (nextEvent.type !== XSTATE_INIT) {
    const currentEvent = nextEvent;
    const isErr = isErrorActorEvent(currentEvent);
    const transitions = selectTransitions(currentEvent, nextSnapshot);
    if (isErr && !transitions.length) {
      nextSnapshot = cloneMachineSnapshot(stopChildren(nextSnapshot, currentEvent, actorScope), {
        status: "error",
        error: currentEvent.error
      });
      addMicrostep([nextSnapshot, []], currentEvent, []);
      return {
        snapshot: nextSnapshot,
        microsteps
      };
    }
    const step = microstep(
      transitions,
      snapshot,
      actorScope,
      nextEvent,
      false,
      // isInitial
      internalQueue
    );
    nextSnapshot = step[0];
    addMicrostep(step, currentEvent, transitions);
  }
  let shouldSelectEventlessTransitions = true;
  const maxIterations = snapshot.machine.options?.maxIterations ?? Infinity;
  let iterationCount = 0;
  while (nextSnapshot.status === "active") {
    iterationCount++;
    if (iterationCount > maxIterations) {
      throw new Error(`Infinite loop detected: the machine has processed more than ${maxIterations} microsteps without reaching a stable state. This usually happens when there's a cycle of transitions (e.g., eventless transitions or raised events causing state A -> B -> C -> A).`);
    }
    let enabledTransitions = shouldSelectEventlessTransitions ? selectEventlessTransitions(nextSnapshot, nextEvent) : [];
    const previousState = enabledTransitions.length ? nextSnapshot : void 0;
    if (!enabledTransitions.length) {
      if (!internalQueue.length) {
        break;
      }
      nextEvent = internalQueue.shift();
      enabledTransitions = selectTransitions(nextEvent, nextSnapshot);
    }
    const step = microstep(enabledTransitions, nextSnapshot, actorScope, nextEvent, false, internalQueue);
    nextSnapshot = step[0];
    shouldSelectEventlessTransitions = nextSnapshot !== previousState;
    addMicrostep(step, nextEvent, enabledTransitions);
  }
  if (nextSnapshot.status !== "active") {
    stopChildren(nextSnapshot, nextEvent, actorScope);
  }
  return {
    snapshot: nextSnapshot,
    microsteps
  };
}
function stopChildren(nextState, event, actorScope) {
  return resolveActionsAndContext(nextState, event, actorScope, Object.values(nextState.children).map((child) => stopChild(child)), [], void 0);
}
function selectTransitions(event, nextState) {
  return nextState.machine.getTransitionData(nextState, event);
}
function selectEventlessTransitions(nextState, event) {
  const enabledTransitionSet = /* @__PURE__ */ new Set();
  const atomicStates = nextState._nodes.filter(isAtomicStateNode);
  for (const stateNode of atomicStates) {
    loop: for (const s of [stateNode].concat(getProperAncestors(stateNode, void 0))) {
      if (!s.always) {
        continue;
      }
      for (const transition of s.always) {
        if (transition.guard === void 0 || evaluateGuard(transition.guard, nextState.context, event, nextState)) {
          enabledTransitionSet.add(transition);
          break loop;
        }
      }
    }
  }
  return removeConflictingTransitions(Array.from(enabledTransitionSet), new Set(nextState._nodes), nextState.historyValue);
}
function resolveStateValue(rootNode, stateValue2) {
  const allStateNodes2 = getAllStateNodes(getStateNodes(rootNode, stateValue2));
  return getStateValue(rootNode, [...allStateNodes2]);
}
function isMachineSnapshot(value) {
  return !!value && typeof value === "object" && "machine" in value && "value" in value;
}
var machineSnapshotMatches = function matches(testValue) {
  return matchesState(testValue, this.value);
};
var machineSnapshotHasTag = function hasTag(tag) {
  return this.tags.has(tag);
};
var machineSnapshotCan = function can(event) {
  const transitionData = this.machine.getTransitionData(this, event);
  return !!transitionData?.length && // Check that at least one transition is not forbidden
  transitionData.some((t) => t.target !== void 0 || t.actions.length);
};
var machineSnapshotToJSON = function toJSON() {
  const {
    _nodes: nodes,
    tags,
    machine,
    getMeta: getMeta2,
    toJSON: toJSON2,
    can: can2,
    hasTag: hasTag2,
    matches: matches2,
    ...jsonValues
  } = this;
  return {
    ...jsonValues,
    tags: Array.from(tags)
  };
};
var machineSnapshotGetMeta = function getMeta() {
  return this._nodes.reduce((acc, stateNode) => {
    if (stateNode.meta !== void 0) {
      acc[stateNode.id] = stateNode.meta;
    }
    return acc;
  }, {});
};
function createMachineSnapshot(config, machine) {
  return {
    status: config.status,
    output: config.output,
    error: config.error,
    machine,
    context: config.context,
    _nodes: config._nodes,
    value: getStateValue(machine.root, config._nodes),
    tags: new Set(config._nodes.flatMap((sn) => sn.tags)),
    children: config.children,
    historyValue: config.historyValue || {},
    matches: machineSnapshotMatches,
    hasTag: machineSnapshotHasTag,
    can: machineSnapshotCan,
    getMeta: machineSnapshotGetMeta,
    toJSON: machineSnapshotToJSON
  };
}
function cloneMachineSnapshot(snapshot, config = {}) {
  return createMachineSnapshot({
    ...snapshot,
    ...config
  }, snapshot.machine);
}
function serializeHistoryValue(historyValue) {
  if (typeof historyValue !== "object" || historyValue === null) {
    return {};
  }
  const result3 = {};
  for (const key in historyValue) {
    const value = historyValue[key];
    if (Array.isArray(value)) {
      result3[key] = value.map((item) => ({
        id: item.id
      }));
    }
  }
  return result3;
}
function getPersistedSnapshot(snapshot, options) {
  const {
    _nodes: nodes,
    tags,
    machine,
    children,
    context: context3,
    can: can2,
    hasTag: hasTag2,
    matches: matches2,
    getMeta: getMeta2,
    toJSON: toJSON2,
    ...jsonValues
  } = snapshot;
  const childrenJson = {};
  for (const id in children) {
    const child = children[id];
    childrenJson[id] = {
      snapshot: child.getPersistedSnapshot(options),
      src: child.src,
      systemId: child.systemId,
      syncSnapshot: child._syncSnapshot
    };
  }
  const persisted = {
    ...jsonValues,
    context: persistContext(context3),
    children: childrenJson,
    historyValue: serializeHistoryValue(jsonValues.historyValue)
  };
  return persisted;
}
function persistContext(contextPart) {
  let copy;
  for (const key in contextPart) {
    const value = contextPart[key];
    if (value && typeof value === "object") {
      if ("sessionId" in value && "send" in value && "ref" in value) {
        copy ??= Array.isArray(contextPart) ? contextPart.slice() : {
          ...contextPart
        };
        copy[key] = {
          xstate$$type: $$ACTOR_TYPE,
          id: value.id
        };
      } else {
        const result3 = persistContext(value);
        if (result3 !== value) {
          copy ??= Array.isArray(contextPart) ? contextPart.slice() : {
            ...contextPart
          };
          copy[key] = result3;
        }
      }
    }
  }
  return copy ?? contextPart;
}
function resolveRaise(_, snapshot, args2, actionParams, {
  event: eventOrExpr,
  id,
  delay: delay3
}, {
  internalQueue
}) {
  const delaysMap = snapshot.machine.implementations.delays;
  if (typeof eventOrExpr === "string") {
    throw new Error(
      // oxlint-disable-next-line typescript/restrict-template-expressions
      `Only event objects may be used with raise; use raise({ type: "${eventOrExpr}" }) instead`
    );
  }
  const resolvedEvent = typeof eventOrExpr === "function" ? eventOrExpr(args2, actionParams) : eventOrExpr;
  let resolvedDelay;
  if (typeof delay3 === "string") {
    const configDelay = delaysMap && delaysMap[delay3];
    resolvedDelay = typeof configDelay === "function" ? configDelay(args2, actionParams) : configDelay;
  } else {
    resolvedDelay = typeof delay3 === "function" ? delay3(args2, actionParams) : delay3;
  }
  if (typeof resolvedDelay !== "number") {
    internalQueue.push(resolvedEvent);
  }
  return [snapshot, {
    event: resolvedEvent,
    id,
    delay: resolvedDelay
  }, void 0];
}
function executeRaise(actorScope, params) {
  const {
    event,
    delay: delay3,
    id
  } = params;
  if (typeof delay3 === "number") {
    actorScope.defer(() => {
      const self2 = actorScope.self;
      actorScope.system.scheduler.schedule(self2, self2, event, delay3, id);
    });
    return;
  }
}
function raise(eventOrExpr, options) {
  function raise2(_args, _params) {
  }
  raise2.type = "xstate.raise";
  raise2.event = eventOrExpr;
  raise2.id = options?.id;
  raise2.delay = options?.delay;
  raise2.resolve = resolveRaise;
  raise2.execute = executeRaise;
  return raise2;
}

// node_modules/xstate/dist/assign-1f0d7720.esm.js
function createSpawner(actorScope, {
  machine,
  context: context3
}, event, spawnedChildren) {
  const spawn = (src, options) => {
    if (typeof src === "string") {
      const logic = resolveReferencedActor(machine, src);
      if (!logic) {
        throw new Error(`Actor logic '${src}' not implemented in machine '${machine.id}'`);
      }
      const actorRef = createActor(logic, {
        id: options?.id,
        parent: actorScope.self,
        syncSnapshot: options?.syncSnapshot,
        input: typeof options?.input === "function" ? options.input({
          context: context3,
          event,
          self: actorScope.self
        }) : options?.input,
        src,
        systemId: options?.systemId
      });
      spawnedChildren[actorRef.id] = actorRef;
      return actorRef;
    } else {
      const actorRef = createActor(src, {
        id: options?.id,
        parent: actorScope.self,
        syncSnapshot: options?.syncSnapshot,
        input: options?.input,
        src,
        systemId: options?.systemId
      });
      return actorRef;
    }
  };
  return (src, options) => {
    const actorRef = spawn(src, options);
    spawnedChildren[actorRef.id] = actorRef;
    actorScope.defer(() => {
      if (actorRef._processingStatus === ProcessingStatus.Stopped) {
        return;
      }
      actorRef.start();
    });
    return actorRef;
  };
}
function resolveAssign(actorScope, snapshot, actionArgs, actionParams, {
  assignment
}) {
  if (!snapshot.context) {
    throw new Error("Cannot assign to undefined `context`. Ensure that `context` is defined in the machine config.");
  }
  const spawnedChildren = {};
  const assignArgs = {
    context: snapshot.context,
    event: actionArgs.event,
    spawn: createSpawner(actorScope, snapshot, actionArgs.event, spawnedChildren),
    self: actorScope.self,
    system: actorScope.system
  };
  let partialUpdate = {};
  if (typeof assignment === "function") {
    partialUpdate = assignment(assignArgs, actionParams);
  } else {
    for (const key of Object.keys(assignment)) {
      const propAssignment = assignment[key];
      partialUpdate[key] = typeof propAssignment === "function" ? propAssignment(assignArgs, actionParams) : propAssignment;
    }
  }
  const updatedContext = Object.assign({}, snapshot.context, partialUpdate);
  return [cloneMachineSnapshot(snapshot, {
    context: updatedContext,
    children: Object.keys(spawnedChildren).length ? {
      ...snapshot.children,
      ...spawnedChildren
    } : snapshot.children
  }), void 0, void 0];
}
function assign(assignment) {
  function assign2(_args, _params) {
  }
  assign2.type = "xstate.assign";
  assign2.assignment = assignment;
  assign2.resolve = resolveAssign;
  return assign2;
}

// node_modules/xstate/dist/StateMachine-ae06a22b.esm.js
var cache = /* @__PURE__ */ new WeakMap();
function memo(object, key, fn3) {
  let memoizedData = cache.get(object);
  if (!memoizedData) {
    memoizedData = {
      [key]: fn3()
    };
    cache.set(object, memoizedData);
  } else if (!(key in memoizedData)) {
    memoizedData[key] = fn3();
  }
  return memoizedData[key];
}
var EMPTY_OBJECT = {};
var toSerializableAction = (action) => {
  if (typeof action === "string") {
    return {
      type: action
    };
  }
  if (typeof action === "function") {
    if ("resolve" in action) {
      return {
        type: action.type
      };
    }
    return {
      type: action.name
    };
  }
  return action;
};
var StateNode = class _StateNode {
  constructor(config, options) {
    this.config = config;
    this.key = void 0;
    this.id = void 0;
    this.type = void 0;
    this.path = void 0;
    this.states = void 0;
    this.history = void 0;
    this.entry = void 0;
    this.exit = void 0;
    this.parent = void 0;
    this.machine = void 0;
    this.meta = void 0;
    this.output = void 0;
    this.order = -1;
    this.description = void 0;
    this.tags = [];
    this.transitions = void 0;
    this.always = void 0;
    this.parent = options._parent;
    this.key = options._key;
    this.machine = options._machine;
    this.path = this.parent ? this.parent.path.concat(this.key) : [];
    this.id = this.config.id || [this.machine.id, ...this.path].join(STATE_DELIMITER);
    this.type = this.config.type || (this.config.states && Object.keys(this.config.states).length ? "compound" : this.config.history ? "history" : "atomic");
    this.description = this.config.description;
    this.order = this.machine.idMap.size;
    this.machine.idMap.set(this.id, this);
    this.states = this.config.states ? mapValues(this.config.states, (stateConfig, key) => {
      const stateNode = new _StateNode(stateConfig, {
        _parent: this,
        _key: key,
        _machine: this.machine
      });
      return stateNode;
    }) : EMPTY_OBJECT;
    if (this.type === "compound" && !this.config.initial) {
      throw new Error(`No initial state specified for compound state node "#${this.id}". Try adding { initial: "${Object.keys(this.states)[0]}" } to the state config.`);
    }
    this.history = this.config.history === true ? "shallow" : this.config.history || false;
    this.entry = toArray(this.config.entry).slice();
    this.exit = toArray(this.config.exit).slice();
    this.meta = this.config.meta;
    this.output = this.type === "final" || !this.parent ? this.config.output : void 0;
    this.tags = toArray(config.tags).slice();
  }
  /** @internal */
  _initialize() {
    this.transitions = formatTransitions(this);
    if (this.config.always) {
      this.always = toTransitionConfigArray(this.config.always).map((t) => formatTransition(this, NULL_EVENT, t));
    }
    Object.keys(this.states).forEach((key) => {
      this.states[key]._initialize();
    });
  }
  /** The well-structured state node definition. */
  get definition() {
    return {
      id: this.id,
      key: this.key,
      version: this.machine.version,
      type: this.type,
      initial: this.initial ? {
        target: this.initial.target,
        source: this,
        actions: this.initial.actions.map(toSerializableAction),
        eventType: null,
        reenter: false,
        meta: this.initial.meta,
        description: this.initial.description,
        toJSON: () => ({
          target: this.initial.target.map((t) => `#${t.id}`),
          source: `#${this.id}`,
          actions: this.initial.actions.map(toSerializableAction),
          eventType: null,
          meta: this.initial.meta,
          description: this.initial.description
        })
      } : void 0,
      history: this.history,
      states: mapValues(this.states, (state) => state.definition),
      on: this.on,
      transitions: [...this.transitions.values()].flat().map((t) => ({
        ...t,
        actions: t.actions.map(toSerializableAction)
      })),
      entry: this.entry.map(toSerializableAction),
      exit: this.exit.map(toSerializableAction),
      meta: this.meta,
      order: this.order || -1,
      output: this.output,
      invoke: this.invoke,
      description: this.description,
      tags: this.tags
    };
  }
  /** @internal */
  toJSON() {
    return this.definition;
  }
  /** The logic invoked as actors by this state node. */
  get invoke() {
    return memo(this, "invoke", () => toArray(this.config.invoke).map((invokeConfig, i) => {
      const {
        src,
        systemId
      } = invokeConfig;
      const resolvedId = invokeConfig.id ?? createInvokeId(this.id, i);
      const sourceName = typeof src === "string" ? src : `xstate.invoke.${createInvokeId(this.id, i)}`;
      return {
        ...invokeConfig,
        src: sourceName,
        id: resolvedId,
        systemId,
        toJSON() {
          const {
            onDone,
            onError: onError3,
            ...invokeDefValues
          } = invokeConfig;
          return {
            ...invokeDefValues,
            type: "xstate.invoke",
            src: sourceName,
            id: resolvedId
          };
        }
      };
    }));
  }
  /** The mapping of events to transitions. */
  get on() {
    return memo(this, "on", () => {
      const transitions = this.transitions;
      return [...transitions].flatMap(([descriptor, t]) => t.map((t2) => [descriptor, t2])).reduce((map3, [descriptor, transition]) => {
        map3[descriptor] = map3[descriptor] || [];
        map3[descriptor].push(transition);
        return map3;
      }, {});
    });
  }
  get after() {
    return memo(this, "delayedTransitions", () => getDelayedTransitions(this));
  }
  get initial() {
    return memo(this, "initial", () => formatInitialTransition(this, this.config.initial));
  }
  /** @internal */
  next(snapshot, event) {
    const eventType = event.type;
    const actions = [];
    let selectedTransition;
    const candidates = memo(this, `candidates-${eventType}`, () => getCandidates(this, eventType));
    for (const candidate of candidates) {
      const {
        guard
      } = candidate;
      const resolvedContext = snapshot.context;
      let guardPassed = false;
      try {
        guardPassed = !guard || evaluateGuard(guard, resolvedContext, event, snapshot);
      } catch (err) {
        const guardType = typeof guard === "string" ? guard : typeof guard === "object" ? guard.type : void 0;
        throw new Error(`Unable to evaluate guard ${guardType ? `'${guardType}' ` : ""}in transition for event '${eventType}' in state node '${this.id}':
${err.message}`);
      }
      if (guardPassed) {
        actions.push(...candidate.actions);
        selectedTransition = candidate;
        break;
      }
    }
    return selectedTransition ? [selectedTransition] : void 0;
  }
  /** All the event types accepted by this state node and its descendants. */
  get events() {
    return memo(this, "events", () => {
      const {
        states
      } = this;
      const events = new Set(this.ownEvents);
      if (states) {
        for (const stateId of Object.keys(states)) {
          const state = states[stateId];
          if (state.states) {
            for (const event of state.events) {
              events.add(`${event}`);
            }
          }
        }
      }
      return Array.from(events);
    });
  }
  /**
   * All the events that have transitions directly from this state node.
   *
   * Excludes any inert events.
   */
  get ownEvents() {
    const keys = Object.keys(Object.fromEntries(this.transitions));
    const events = new Set(keys.filter((descriptor) => {
      return this.transitions.get(descriptor).some((transition) => !(!transition.target && !transition.actions.length && !transition.reenter));
    }));
    return Array.from(events);
  }
};
var STATE_IDENTIFIER2 = "#";
var StateMachine = class _StateMachine {
  constructor(config, implementations) {
    this.config = config;
    this.version = void 0;
    this.schemas = void 0;
    this.implementations = void 0;
    this.options = void 0;
    this.__xstatenode = true;
    this.idMap = /* @__PURE__ */ new Map();
    this.root = void 0;
    this.id = void 0;
    this.states = void 0;
    this.events = void 0;
    this.id = config.id || "(machine)";
    this.implementations = {
      actors: implementations?.actors ?? {},
      actions: implementations?.actions ?? {},
      delays: implementations?.delays ?? {},
      guards: implementations?.guards ?? {}
    };
    this.version = this.config.version;
    this.schemas = this.config.schemas;
    this.options = {
      maxIterations: Infinity,
      ...this.config.options
    };
    this.transition = this.transition.bind(this);
    this.getInitialSnapshot = this.getInitialSnapshot.bind(this);
    this.getPersistedSnapshot = this.getPersistedSnapshot.bind(this);
    this.restoreSnapshot = this.restoreSnapshot.bind(this);
    this.start = this.start.bind(this);
    this.root = new StateNode(config, {
      _key: this.id,
      _machine: this
    });
    this.root._initialize();
    formatRouteTransitions(this.root);
    this.states = this.root.states;
    this.events = this.root.events;
  }
  /**
   * Clones this state machine with the provided implementations.
   *
   * @param implementations Options (`actions`, `guards`, `actors`, `delays`) to
   *   recursively merge with the existing options.
   * @returns A new `StateMachine` instance with the provided implementations.
   */
  provide(implementations) {
    const {
      actions,
      guards,
      actors,
      delays
    } = this.implementations;
    return new _StateMachine(this.config, {
      actions: {
        ...actions,
        ...implementations.actions
      },
      guards: {
        ...guards,
        ...implementations.guards
      },
      actors: {
        ...actors,
        ...implementations.actors
      },
      delays: {
        ...delays,
        ...implementations.delays
      }
    });
  }
  resolveState(config) {
    const resolvedStateValue = resolveStateValue(this.root, config.value);
    const nodeSet = getAllStateNodes(getStateNodes(this.root, resolvedStateValue));
    return createMachineSnapshot({
      _nodes: [...nodeSet],
      context: config.context || {},
      children: {},
      status: isInFinalState(nodeSet, this.root) ? "done" : config.status || "active",
      output: config.output,
      error: config.error,
      historyValue: config.historyValue
    }, this);
  }
  /**
   * Determines the next snapshot given the current `snapshot` and received
   * `event`. Calculates a full macrostep from all microsteps.
   *
   * @param snapshot The current snapshot
   * @param event The received event
   */
  transition(snapshot, event, actorScope) {
    return macrostep(snapshot, event, actorScope, []).snapshot;
  }
  /**
   * Determines the next state given the current `state` and `event`. Calculates
   * a microstep.
   *
   * @param state The current state
   * @param event The received event
   */
  microstep(snapshot, event, actorScope) {
    return macrostep(snapshot, event, actorScope, []).microsteps.map(([s]) => s);
  }
  getTransitionData(snapshot, event) {
    return transitionNode(this.root, snapshot.value, snapshot, event) || [];
  }
  /**
   * The initial state _before_ evaluating any microsteps. This "pre-initial"
   * state is provided to initial actions executed in the initial state.
   *
   * @internal
   */
  _getPreInitialState(actorScope, initEvent, internalQueue) {
    const {
      context: context3
    } = this.config;
    const preInitial = createMachineSnapshot({
      context: typeof context3 !== "function" && context3 ? context3 : {},
      _nodes: [this.root],
      children: {},
      status: "active"
    }, this);
    if (typeof context3 === "function") {
      const assignment = ({
        spawn,
        event,
        self: self2
      }) => context3({
        spawn,
        input: event.input,
        self: self2
      });
      return resolveActionsAndContext(preInitial, initEvent, actorScope, [assign(assignment)], internalQueue, void 0);
    }
    return preInitial;
  }
  /**
   * Returns the initial `State` instance, with reference to `self` as an
   * `ActorRef`.
   */
  getInitialSnapshot(actorScope, input) {
    const initEvent = createInitEvent(input);
    const internalQueue = [];
    let snapshot = createMachineSnapshot({
      context: typeof this.config.context !== "function" && this.config.context ? this.config.context : {},
      _nodes: [this.root],
      children: {},
      status: "active"
    }, this);
    try {
      snapshot = this._getPreInitialState(actorScope, initEvent, internalQueue);
      const [nextState] = initialMicrostep(this.root, snapshot, actorScope, initEvent, internalQueue);
      const {
        snapshot: macroState
      } = macrostep(nextState, initEvent, actorScope, internalQueue);
      return macroState;
    } catch (error) {
      return cloneMachineSnapshot(snapshot, {
        status: "error",
        error
      });
    }
  }
  start(snapshot) {
    Object.values(snapshot.children).forEach((child) => {
      if (child.getSnapshot().status === "active") {
        child.start();
      }
    });
  }
  getStateNodeById(stateId) {
    const fullPath = toStatePath(stateId);
    const relativePath = fullPath.slice(1);
    const resolvedStateId = isStateId(fullPath[0]) ? fullPath[0].slice(STATE_IDENTIFIER2.length) : fullPath[0];
    const stateNode = this.idMap.get(resolvedStateId);
    if (!stateNode) {
      throw new Error(`Child state node '#${resolvedStateId}' does not exist on machine '${this.id}'`);
    }
    return getStateNodeByPath(stateNode, relativePath);
  }
  get definition() {
    return this.root.definition;
  }
  toJSON() {
    return this.definition;
  }
  getPersistedSnapshot(snapshot, options) {
    return getPersistedSnapshot(snapshot, options);
  }
  restoreSnapshot(snapshot, _actorScope) {
    const children = {};
    const snapshotChildren = snapshot.children;
    Object.keys(snapshotChildren).forEach((actorId) => {
      const actorData = snapshotChildren[actorId];
      const childState = actorData.snapshot;
      const src = actorData.src;
      const logic = typeof src === "string" ? resolveReferencedActor(this, src) : src;
      if (!logic) {
        return;
      }
      const actorRef = createActor(logic, {
        id: actorId,
        parent: _actorScope.self,
        syncSnapshot: actorData.syncSnapshot,
        snapshot: childState,
        src,
        systemId: actorData.systemId
      });
      children[actorId] = actorRef;
    });
    function resolveHistoryReferencedState(root, referenced) {
      if (referenced instanceof StateNode) {
        return referenced;
      }
      try {
        return root.machine.getStateNodeById(referenced.id);
      } catch {
      }
    }
    function reviveHistoryValue(root, historyValue) {
      if (!historyValue || typeof historyValue !== "object") {
        return {};
      }
      const revived = {};
      for (const key in historyValue) {
        const arr = historyValue[key];
        for (const item of arr) {
          const resolved = resolveHistoryReferencedState(root, item);
          if (!resolved) {
            continue;
          }
          revived[key] ??= [];
          revived[key].push(resolved);
        }
      }
      return revived;
    }
    const revivedHistoryValue = reviveHistoryValue(this.root, snapshot.historyValue);
    const restoredSnapshot = createMachineSnapshot({
      ...snapshot,
      children,
      _nodes: Array.from(getAllStateNodes(getStateNodes(this.root, snapshot.value))),
      historyValue: revivedHistoryValue
    }, this);
    const seen = /* @__PURE__ */ new Set();
    function reviveContext(contextPart, children2) {
      if (seen.has(contextPart)) {
        return;
      }
      seen.add(contextPart);
      for (const key in contextPart) {
        const value = contextPart[key];
        if (value && typeof value === "object") {
          if ("xstate$$type" in value && value.xstate$$type === $$ACTOR_TYPE) {
            contextPart[key] = children2[value.id];
            continue;
          }
          reviveContext(value, children2);
        }
      }
    }
    reviveContext(restoredSnapshot.context, children);
    return restoredSnapshot;
  }
};

// node_modules/xstate/dist/log-6a5e50a8.esm.js
function resolveEmit(_, snapshot, args2, actionParams, {
  event: eventOrExpr
}) {
  const resolvedEvent = typeof eventOrExpr === "function" ? eventOrExpr(args2, actionParams) : eventOrExpr;
  return [snapshot, {
    event: resolvedEvent
  }, void 0];
}
function executeEmit(actorScope, {
  event
}) {
  actorScope.defer(() => actorScope.emit(event));
}
function emit(eventOrExpr) {
  function emit2(_args, _params) {
  }
  emit2.type = "xstate.emit";
  emit2.event = eventOrExpr;
  emit2.resolve = resolveEmit;
  emit2.execute = executeEmit;
  return emit2;
}
var SpecialTargets = /* @__PURE__ */ (function(SpecialTargets2) {
  SpecialTargets2["Parent"] = "#_parent";
  SpecialTargets2["Internal"] = "#_internal";
  return SpecialTargets2;
})({});
function resolveSendTo(actorScope, snapshot, args2, actionParams, {
  to,
  event: eventOrExpr,
  id,
  delay: delay3
}, extra) {
  const delaysMap = snapshot.machine.implementations.delays;
  if (typeof eventOrExpr === "string") {
    throw new Error(
      // oxlint-disable-next-line typescript/restrict-template-expressions
      `Only event objects may be used with sendTo; use sendTo({ type: "${eventOrExpr}" }) instead`
    );
  }
  const resolvedEvent = typeof eventOrExpr === "function" ? eventOrExpr(args2, actionParams) : eventOrExpr;
  let resolvedDelay;
  if (typeof delay3 === "string") {
    const configDelay = delaysMap && delaysMap[delay3];
    resolvedDelay = typeof configDelay === "function" ? configDelay(args2, actionParams) : configDelay;
  } else {
    resolvedDelay = typeof delay3 === "function" ? delay3(args2, actionParams) : delay3;
  }
  const resolvedTarget = typeof to === "function" ? to(args2, actionParams) : to;
  let targetActorRef;
  if (typeof resolvedTarget === "string") {
    if (resolvedTarget === SpecialTargets.Parent) {
      targetActorRef = actorScope.self._parent;
    } else if (resolvedTarget === SpecialTargets.Internal) {
      targetActorRef = actorScope.self;
    } else if (resolvedTarget.startsWith("#_")) {
      targetActorRef = snapshot.children[resolvedTarget.slice(2)];
    } else {
      targetActorRef = extra.deferredActorIds?.includes(resolvedTarget) ? resolvedTarget : snapshot.children[resolvedTarget];
    }
    if (!targetActorRef) {
      throw new Error(`Unable to send event to actor '${resolvedTarget}' from machine '${snapshot.machine.id}'.`);
    }
  } else {
    targetActorRef = resolvedTarget || actorScope.self;
  }
  return [snapshot, {
    to: targetActorRef,
    targetId: typeof resolvedTarget === "string" ? resolvedTarget : void 0,
    event: resolvedEvent,
    id,
    delay: resolvedDelay
  }, void 0];
}
function retryResolveSendTo(_, snapshot, params) {
  if (typeof params.to === "string") {
    params.to = snapshot.children[params.to];
  }
}
function executeSendTo(actorScope, params) {
  actorScope.defer(() => {
    const {
      to,
      event,
      delay: delay3,
      id
    } = params;
    if (typeof delay3 === "number") {
      actorScope.system.scheduler.schedule(actorScope.self, to, event, delay3, id);
      return;
    }
    actorScope.system._relay(
      actorScope.self,
      // at this point, in a deferred task, it should already be mutated by retryResolveSendTo
      // if it initially started as a string
      to,
      event.type === XSTATE_ERROR ? createErrorActorEvent(actorScope.self.id, event.data) : event
    );
  });
}
function sendTo(to, eventOrExpr, options) {
  function sendTo2(_args, _params) {
  }
  sendTo2.type = "xstate.sendTo";
  sendTo2.to = to;
  sendTo2.event = eventOrExpr;
  sendTo2.id = options?.id;
  sendTo2.delay = options?.delay;
  sendTo2.resolve = resolveSendTo;
  sendTo2.retryResolve = retryResolveSendTo;
  sendTo2.execute = executeSendTo;
  return sendTo2;
}
function sendParent(event, options) {
  return sendTo(SpecialTargets.Parent, event, options);
}
function resolveEnqueueActions(actorScope, snapshot, args2, actionParams, {
  collect
}) {
  const actions = [];
  const enqueue = function enqueue2(action) {
    actions.push(action);
  };
  enqueue.assign = (...args3) => {
    actions.push(assign(...args3));
  };
  enqueue.cancel = (...args3) => {
    actions.push(cancel(...args3));
  };
  enqueue.raise = (...args3) => {
    actions.push(raise(...args3));
  };
  enqueue.sendTo = (...args3) => {
    actions.push(sendTo(...args3));
  };
  enqueue.sendParent = (...args3) => {
    actions.push(sendParent(...args3));
  };
  enqueue.spawnChild = (...args3) => {
    actions.push(spawnChild(...args3));
  };
  enqueue.stopChild = (...args3) => {
    actions.push(stopChild(...args3));
  };
  enqueue.emit = (...args3) => {
    actions.push(emit(...args3));
  };
  collect({
    context: args2.context,
    event: args2.event,
    enqueue,
    check: (guard) => evaluateGuard(guard, snapshot.context, args2.event, snapshot),
    self: actorScope.self,
    system: actorScope.system
  }, actionParams);
  return [snapshot, void 0, actions];
}
function enqueueActions(collect) {
  function enqueueActions2(_args, _params) {
  }
  enqueueActions2.type = "xstate.enqueueActions";
  enqueueActions2.collect = collect;
  enqueueActions2.resolve = resolveEnqueueActions;
  return enqueueActions2;
}
function resolveLog(_, snapshot, actionArgs, actionParams, {
  value,
  label
}) {
  return [snapshot, {
    value: typeof value === "function" ? value(actionArgs, actionParams) : value,
    label
  }, void 0];
}
function executeLog({
  logger
}, {
  value,
  label
}) {
  if (label) {
    logger(label, value);
  } else {
    logger(value);
  }
}
function log(value = ({
  context: context3,
  event
}) => ({
  context: context3,
  event
}), label) {
  function log3(_args, _params) {
  }
  log3.type = "xstate.log";
  log3.value = value;
  log3.label = label;
  log3.resolve = resolveLog;
  log3.execute = executeLog;
  return log3;
}

// node_modules/xstate/dist/xstate.esm.js
function createMachine(config, implementations) {
  return new StateMachine(config, implementations);
}
function setup({
  schemas,
  actors,
  actions,
  guards,
  delays
}) {
  return {
    assign,
    sendTo,
    raise,
    log,
    cancel,
    stopChild,
    enqueueActions,
    emit,
    spawnChild,
    createStateConfig: (config) => config,
    createAction: (fn3) => fn3,
    createMachine: (config) => createMachine({
      ...config,
      schemas
    }, {
      actors,
      actions,
      guards,
      delays
    }),
    extend: (extended) => setup({
      schemas,
      actors,
      actions: {
        ...actions,
        ...extended.actions
      },
      guards: {
        ...guards,
        ...extended.guards
      },
      delays: {
        ...delays,
        ...extended.delays
      }
    })
  };
}

// machines/backup.ts
var SILENCE = "primary-silence";
var APPLY = "apply-done";
var RESTORE = "restore-done";
var HEARTBEAT = "heartbeat";
var isTimer = (name) => ({ event }) => event.type === "timer" && event.name === name;
var backupMachine = setup({
  types: {
    context: {},
    events: {},
    emitted: {},
    input: {}
  },
  guards: {
    silence: isTimer(SILENCE),
    applyDone: isTimer(APPLY),
    restoreDone: isTimer(RESTORE),
    heartbeatDue: isTimer(HEARTBEAT),
    granted: ({ event }) => event.type === "lease.result" && event.granted,
    skipFence: ({ context: context3 }) => context3.skipFence,
    hasImage: ({ context: context3 }) => context3.applied >= 0 || context3.complete.length > 0
  },
  actions: {
    /** The primary's detector needs a sign of life even while a long transfer has no ack to show. */
    heartbeat: enqueueActions(({ context: context3, enqueue }) => {
      if (context3.heartbeatUs <= 0) return;
      enqueue.emit({ type: "heartbeat.send" });
      enqueue.emit({ type: "timer.set", name: HEARTBEAT, afterUs: context3.heartbeatUs });
    }),
    heardFromPrimary: emit(({ context: context3 }) => ({ type: "timer.set", name: SILENCE, afterUs: context3.detectionTimeoutUs })),
    /** Stage a part or a commit record; when the checkpoint is whole, queue it for apply. */
    stage: enqueueActions(({ context: context3, event, enqueue }) => {
      if (event.type !== "repl.part" && event.type !== "repl.commit") return;
      const s = context3.staging && context3.staging.epoch === event.epoch ? { ...context3.staging } : { epoch: event.epoch, received: 0, expected: -1 };
      if (event.type === "repl.part") s.received += 1;
      else s.expected = event.parts;
      if (context3.ackOnFirstPart && s.received === 1 && event.type === "repl.part") enqueue.emit({ type: "ack.send", epoch: s.epoch });
      if (s.expected >= 0 && s.received === s.expected) {
        enqueue.emit({ type: "checkpoint.complete", epoch: s.epoch });
        const complete2 = [...context3.complete, [s.epoch, event.pages]];
        enqueue.assign({ staging: null, complete: complete2 });
        if (context3.applying < 0) startApply(enqueue, context3, complete2);
      } else {
        enqueue.assign({ staging: s });
      }
    }),
    /** The staged pages are swapped in at this instant (atomic), then k is acknowledged. */
    finishApply: enqueueActions(({ context: context3, enqueue }) => {
      const epoch = context3.applying;
      enqueue.emit({ type: "apply", epoch });
      enqueue.emit({ type: "ack.send", epoch });
      const complete2 = context3.complete.slice(1);
      enqueue.assign({ applied: epoch, applying: -1, complete: complete2 });
      startApply(enqueue, { ...context3, applying: -1 }, complete2);
    })
  }
}).createMachine({
  id: "backup",
  context: ({ input }) => ({
    ...input,
    staging: null,
    complete: [],
    applying: -1,
    applied: -1,
    restoredEpoch: -1
  }),
  initial: "initialSync",
  on: { crash: { target: ".crashed" } },
  states: {
    initialSync: {
      entry: enqueueActions(({ context: context3, enqueue }) => {
        if (context3.heartbeatUs > 0) enqueue.emit({ type: "timer.set", name: HEARTBEAT, afterUs: context3.heartbeatUs });
      }),
      on: {
        "repl.part": { actions: ["heardFromPrimary", "stage"] },
        "repl.commit": { actions: ["heardFromPrimary", "stage"] },
        timer: [
          { guard: "applyDone", target: "standby", actions: "finishApply" },
          { guard: "heartbeatDue", actions: "heartbeat" },
          { guard: "silence", target: "noImage" }
        ],
        "link.down": { target: "noImage" }
      }
    },
    standby: {
      on: {
        "repl.part": { actions: ["heardFromPrimary", "stage"] },
        "repl.commit": { actions: ["heardFromPrimary", "stage"] },
        timer: [
          { guard: "applyDone", actions: "finishApply" },
          { guard: "heartbeatDue", actions: "heartbeat" },
          { guard: "silence", target: "failingOver" }
        ],
        "link.down": { target: "failingOver" }
      }
    },
    failingOver: {
      entry: [emit({ type: "failover.detected" }), emit({ type: "timer.cancel", name: HEARTBEAT })],
      initial: "fencing",
      states: {
        fencing: {
          always: { guard: "skipFence", target: "restoring" },
          entry: enqueueActions(({ context: context3, enqueue }) => {
            if (!context3.skipFence) enqueue.emit({ type: "lease.claim" });
          }),
          on: {
            "lease.result": [
              { guard: "granted", target: "restoring" },
              { target: "#backup.retired" }
            ]
          }
        },
        restoring: {
          // Finish applying what is already complete; never restore a partial checkpoint.
          entry: enqueueActions(({ context: context3, enqueue }) => {
            const last = context3.complete.length > 0 ? context3.complete[context3.complete.length - 1][0] : context3.applied;
            enqueue.emit({ type: "timer.cancel", name: APPLY });
            enqueue.emit({ type: "restore", epoch: last });
            enqueue.emit({ type: "timer.set", name: RESTORE, afterUs: context3.restoreUs });
            enqueue.assign({ restoredEpoch: last, staging: null, complete: [], applying: -1, applied: last });
          }),
          on: {
            timer: { guard: "restoreDone", target: "#backup.active" }
          }
        }
      }
    },
    active: {
      entry: emit(({ context: context3 }) => ({ type: "resume", epoch: context3.restoredEpoch }))
    },
    retired: {
      entry: emit({ type: "stand-down", reason: "the primary holds the activation record" })
    },
    noImage: {
      entry: emit({ type: "stand-down", reason: "the primary failed before the initial checkpoint completed" })
    },
    crashed: { type: "final" }
  }
});
function startApply(enqueue, context3, complete2) {
  if (complete2.length === 0) return;
  const [epoch, pages] = complete2[0];
  enqueue.assign({ applying: epoch });
  enqueue.emit({ type: "timer.set", name: APPLY, afterUs: Math.max(1, Math.round(pages * context3.applyUsPerPage)) });
}

// src/memory/guest-memory.ts
var fillKnownZeros = (pages) => {
  const zero2 = pages.zero;
  if (!zero2) return pages;
  for (let i = 0; i < zero2.length; i++) if (zero2[i]) pages.data.fill(0, i * PAGE_SIZE, (i + 1) * PAGE_SIZE);
  return { indices: pages.indices, data: pages.data };
};
var GuestMemory = class {
  constructor(pages, tracked = true, bytes) {
    this.pages = pages;
    this.tracked = tracked;
    if (bytes && (bytes.length !== pages * PAGE_SIZE || bytes.byteOffset !== 0)) throw new Error(`guest memory: a buffer of ${bytes.length} bytes for ${pages} pages`);
    this.bytes = bytes ?? new Uint8Array(pages * PAGE_SIZE);
    this.words = new Uint32Array(this.bytes.buffer);
    this.dirty = new Uint8Array(pages);
    this.stale = new Uint8Array(pages);
    this.dirtyList = new Int32Array(pages);
    this.pageHashes = new Uint32Array(tracked ? pages * 2 : 0);
    this.lanes = new Int32Array(tracked ? pages * 2 : 0);
    this.lanesKnown = new Uint8Array(tracked ? pages : 0).fill(1);
    this.written = new Uint8Array(pages);
  }
  pages;
  tracked;
  bytes;
  words;
  dirty;
  /** Written since its fingerprint was last taken (dirty can be set without a write: the initial sync). */
  stale;
  dirtyList;
  dirtyCount = 0;
  pageHashes;
  /** Each page's Fletcher lanes (a, b) for its current bytes, when `lanesKnown` (tracked images only). */
  lanes;
  lanesKnown;
  /** 1 once a page may hold anything but zeros (every write goes through writeWord or writable). */
  written;
  /** Where `capture` copies dirty pages: reused from one checkpoint to the next. */
  staging = new Uint8Array(0);
  sumA = 0;
  sumB = 0;
  scratch = new Uint32Array(2);
  markDirty(page) {
    if (this.dirty[page] === 0) {
      this.dirty[page] = 1;
      this.dirtyList[this.dirtyCount++] = page;
    }
  }
  /** The initial sync's dirty set: every page but `clean` ones (page cache the guest hinted soft at boot, which the backup need never get). */
  markAllDirty(clean = []) {
    const skip = new Uint8Array(this.pages);
    for (const p of clean) skip[p] = 1;
    this.dirty.fill(0);
    this.dirtyCount = 0;
    for (let p = 0; p < this.pages; p++) {
      if (!skip[p]) this.markDirty(p);
      else if (this.stale[p]) this.rehash(p);
    }
  }
  writeWord(page, word, value) {
    const i = page * (PAGE_SIZE / 4) + word;
    if (this.tracked && this.lanesKnown[page]) {
      const d = value - this.words[i] | 0;
      this.lanes[2 * page] = this.lanes[2 * page] + d | 0;
      this.lanes[2 * page + 1] = this.lanes[2 * page + 1] + Math.imul(laneWeight(word), d) | 0;
    }
    this.words[i] = value;
    this.stale[page] = 1;
    this.written[page] = 1;
    this.markDirty(page);
  }
  /** The page's bytes, for a write that is about to happen (marks it written and dirty). */
  writable(page) {
    this.stale[page] = 1;
    if (this.tracked) this.lanesKnown[page] = 0;
    this.written[page] = 1;
    this.markDirty(page);
    return this.bytes.subarray(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  }
  readWord(page, word) {
    return this.words[page * (PAGE_SIZE / 4) + word];
  }
  /**
   * The capture step of a checkpoint: copy the dirty pages out (sorted by
   * index) into a staging buffer this memory reuses, and clear the bitmap.
   * The result is valid until the next capture. Pages never written since
   * boot are known to be zero: they are neither copied nor filled, only
   * flagged in `zero` (an all-zero initial sync moves no bytes).
   */
  capture() {
    const indices = this.dirtyList.slice(0, this.dirtyCount).sort();
    const n = indices.length;
    if (this.staging.length < n * PAGE_SIZE) this.staging = unzeroed(Math.max(n, 2 * this.staging.length / PAGE_SIZE) * PAGE_SIZE);
    const data = this.staging.subarray(0, n * PAGE_SIZE);
    const zero2 = new Uint8Array(n);
    let i = 0;
    while (i < n) {
      const isZero2 = this.written[indices[i]] === 0;
      let j = i + 1;
      while (j < n && indices[j] === indices[j - 1] + 1 && this.written[indices[j]] === 0 === isZero2) j++;
      if (isZero2) zero2.fill(1, i, j);
      else data.set(this.bytes.subarray(indices[i] * PAGE_SIZE, indices[j - 1] * PAGE_SIZE + PAGE_SIZE), i * PAGE_SIZE);
      i = j;
    }
    for (let k = 0; k < n; k++) {
      const p = indices[k];
      this.dirty[p] = 0;
      if (this.stale[p]) this.rehash(p);
    }
    this.dirtyCount = 0;
    return { indices, data, zero: zero2 };
  }
  /** `capture`, into buffers of the caller's own (for code that keeps several epochs' pages). */
  takeDirty() {
    const c = fillKnownZeros(this.capture());
    return { indices: c.indices, data: c.data.slice() };
  }
  /** Install pages (the backup applying a checkpoint). */
  applyPages(pages) {
    forEachRun(
      pages.indices,
      (first, from, count) => this.bytes.set(pages.data.subarray(from * PAGE_SIZE, (from + count) * PAGE_SIZE), first * PAGE_SIZE)
    );
    for (let i = 0; i < pages.indices.length; i++) {
      const p = pages.indices[i];
      this.written[p] = 1;
      if (!this.tracked) continue;
      this.lanesKnown[p] = 0;
      this.rehash(p);
    }
  }
  /** Zero every page that was written: the image is as new (before its buffer is reused). */
  zeroWritten() {
    for (let p = 0; p < this.pages; p++) if (this.written[p]) this.bytes.fill(0, p * PAGE_SIZE, (p + 1) * PAGE_SIZE);
  }
  /** 1 for every page that may hold anything but zeros (a decoder writing into this image keeps it up to date). */
  get writtenPages() {
    return this.written;
  }
  /** Digest of the whole image as of the last capture or apply (dirty pages since are not folded in). */
  digest() {
    if (!this.tracked) throw new Error("digest() on an untracked image: use fullDigest()");
    return hex(this.sumA) + hex(this.sumB);
  }
  /**
   * Digest of some pages' current contents (summed fingerprints, so order does
   * not matter): what a checkpoint carried, compared across the two hosts.
   */
  pagesDigest(indices) {
    let a = 0;
    let b = 0;
    for (let i = 0; i < indices.length; i++) {
      const p = indices[i];
      if (this.tracked && !this.stale[p]) {
        a = a + this.pageHashes[2 * p] | 0;
        b = b + this.pageHashes[2 * p + 1] | 0;
      } else {
        this.currentFingerprint(p);
        a = a + this.scratch[0] | 0;
        b = b + this.scratch[1] | 0;
      }
    }
    return hex(a) + hex(b);
  }
  /** Recompute the digest from every page's bytes: the independent check used at restore (pages never written are zero: fingerprint 0). */
  fullDigest() {
    let a = 0;
    let b = 0;
    for (let p = 0; p < this.pages; p++) {
      if (!this.written[p]) continue;
      hashPage(this.words, p, this.scratch);
      a = a + this.scratch[0] | 0;
      b = b + this.scratch[1] | 0;
    }
    return hex(a) + hex(b);
  }
  /** The page's fingerprint for its current bytes, into `scratch`: from its lanes (recomputed first if a bulk write made them unknown). */
  currentFingerprint(p) {
    if (!this.tracked) return hashPage(this.words, p, this.scratch);
    if (!this.lanesKnown[p]) {
      pageLanes(this.words, p, this.scratch);
      this.lanes[2 * p] = this.scratch[0] | 0;
      this.lanes[2 * p + 1] = this.scratch[1] | 0;
      this.lanesKnown[p] = 1;
    }
    fingerprint(this.lanes[2 * p], this.lanes[2 * p + 1], p, this.scratch);
  }
  /** Fold the page's current fingerprint into the image digest. */
  rehash(p) {
    this.stale[p] = 0;
    if (!this.tracked) return;
    this.currentFingerprint(p);
    this.sumA = this.sumA - this.pageHashes[2 * p] + this.scratch[0] | 0;
    this.sumB = this.sumB - this.pageHashes[2 * p + 1] + this.scratch[1] | 0;
    this.pageHashes[2 * p] = this.scratch[0];
    this.pageHashes[2 * p + 1] = this.scratch[1];
  }
};
var unzeroed = (bytes) => new Uint8Array(Buffer.allocUnsafeSlow(bytes).buffer, 0, bytes);
var hex = (n) => (n >>> 0).toString(16).padStart(8, "0");
var forEachRun = (indices, f) => {
  let i = 0;
  while (i < indices.length) {
    let j = i + 1;
    while (j < indices.length && indices[j] === indices[j - 1] + 1) j++;
    f(indices[i], i, j - i);
    i = j;
  }
};

// src/sim/machine-actor.ts
import { isDeepStrictEqual } from "node:util";

// src/sim/compiled-machine.ts
var Config = class {
  constructor(key, nodes, root) {
    this.key = key;
    this.nodes = nodes;
    this.set = new Set(nodes);
    this.atomics = nodes.filter((n) => n.type === "atomic" || n.type === "final");
    this.value = stateValue(root, nodes);
    this.stateString = flatten(this.value).join("|");
    this.done = root.children.some((c) => c.type === "final" && this.set.has(c));
  }
  key;
  nodes;
  set;
  atomics;
  value;
  stateString;
  done;
  selections = /* @__PURE__ */ new Map();
  steps = /* @__PURE__ */ new Map();
  matched;
  /** XState's `snapshot.matches(path)` ("a.b" or "a"), cached per path. */
  matches(path, root) {
    this.matched ??= /* @__PURE__ */ new Map();
    let m = this.matched.get(path);
    if (m === void 0) {
      let node = root;
      for (const key of path.split(".")) node = node?.children.find((c) => c.key === key);
      m = node !== void 0 && this.set.has(node);
      this.matched.set(path, m);
    }
    return m;
  }
};
var CompiledMachine = class {
  constructor(machine) {
    this.machine = machine;
    const impl = machine.implementations;
    this.guards = impl.guards ?? {};
    this.actionImpls = impl.actions ?? {};
    this.root = this.node(machine.root, void 0);
  }
  machine;
  root;
  nodes = [];
  byX = /* @__PURE__ */ new Map();
  transitionsOf = /* @__PURE__ */ new Map();
  configs = /* @__PURE__ */ new Map();
  guards;
  actionImpls;
  node(x, parent) {
    const where = `state "${x.id}" of machine "${this.machine.id}"`;
    if (x.type === "history") throw new Error(`${where}: history states are not supported by the compiled interpreter`);
    if (x.invoke.length) throw new Error(`${where}: invoke is not supported by the compiled interpreter`);
    if (x.config.after) throw new Error(`${where}: delayed transitions are not supported (machines ask the kernel for timers)`);
    if (x.type === "final" && parent && parent.parent) throw new Error(`${where}: final states below the root are not supported by the compiled interpreter`);
    for (const descriptor of x.transitions.keys())
      if (descriptor.includes("*")) throw new Error(`${where}: wildcard event "${descriptor}" is not supported by the compiled interpreter`);
    const n = { x, index: this.nodes.length, parent, children: [], type: x.type, key: x.key, order: x.order };
    this.nodes.push(n);
    this.byX.set(x, n);
    for (const child of Object.values(x.states)) n.children.push(this.node(child, n));
    return n;
  }
  of(x) {
    const n = this.byX.get(x);
    if (!n) throw new Error(`machine "${this.machine.id}": unknown state node ${x.id}`);
    return n;
  }
  transition(t) {
    let c = this.transitionsOf.get(t);
    if (!c) {
      const g = t.guard;
      if (g !== void 0 && typeof g !== "function" && typeof g !== "string")
        throw new Error(`machine "${this.machine.id}": guard objects (${g.type}) are not supported by the compiled interpreter`);
      c = { id: this.transitionsOf.size, source: this.of(t.source), targets: t.target?.map((x) => this.of(x)), reenter: t.reenter, guard: g, actions: t.actions };
      this.transitionsOf.set(t, c);
    }
    return c;
  }
  config(nodes) {
    const key = nodes.map((n) => n.index).join(",");
    let c = this.configs.get(key);
    if (!c) this.configs.set(key, c = new Config(key, nodes, this.root));
    return c;
  }
  /** The configuration XState restores from a state value (getAllStateNodes(getStateNodes(root, value)), in its order). */
  configOfValue(value) {
    return this.config([...allStateNodes(stateNodesOf(this.root, this.root, value))]);
  }
  evalGuard(guard, context3, event) {
    const fn3 = typeof guard === "string" ? this.guards[guard] : guard;
    if (typeof fn3 !== "function") throw new Error(`machine "${this.machine.id}": guard '${String(guard)}' is not implemented`);
    if ("check" in fn3) throw new Error(`machine "${this.machine.id}": built-in guard '${String(guard)}' is not supported by the compiled interpreter`);
    return Boolean(fn3({ context: context3, event }, void 0));
  }
  action(a) {
    return typeof a === "string" ? this.actionImpls[a] : a;
  }
  /** XState's transitionNode: each region's innermost enabled transition; a node's own only if none below it has one. */
  select(config, node, context3, event, out) {
    if (node.type === "atomic" || node.type === "final") return this.next(node, context3, event, out);
    let found = false;
    if (node.type === "compound") {
      const child = node.children.find((c) => config.set.has(c));
      if (child) found = this.select(config, child, context3, event, out);
    } else {
      for (const child of node.children) if (config.set.has(child) && this.select(config, child, context3, event, out)) found = true;
    }
    return found || this.next(node, context3, event, out);
  }
  /** StateNode.next: the first candidate for this event type whose guard holds. */
  next(node, context3, event, out) {
    const candidates = node.x.transitions.get(event.type);
    if (!candidates) return false;
    for (const t of candidates) {
      if (t.guard === void 0 || this.evalGuard(t.guard, context3, event)) {
        out.push(this.transition(t));
        return true;
      }
    }
    return false;
  }
  /** selectEventlessTransitions: per atomic state (in configuration order), the first enabled `always` up its ancestors. */
  selectEventless(config, context3, event) {
    const enabled = /* @__PURE__ */ new Set();
    for (const atomic of config.atomics) {
      loop: for (let s = atomic; s; s = s.parent) {
        const always = s.x.always;
        if (!always) continue;
        for (const t of always) {
          if (t.guard === void 0 || this.evalGuard(t.guard, context3, event)) {
            enabled.add(this.transition(t));
            break loop;
          }
        }
      }
    }
    return enabled.size ? this.removeConflicts([...enabled], config) : [];
  }
  /** The microstep of `transitions` from `config`: its actions in order, the next configuration (cached per set of transitions). */
  step(config, transitions) {
    const key = transitions.map((t) => t.id).join(",");
    let s = config.steps.get(key);
    if (!s) config.steps.set(key, s = this.computeStep(config, transitions));
    return s;
  }
  computeStep(config, enabled) {
    const transitions = this.removeConflicts(enabled, config);
    const set2 = new Set(config.nodes);
    const actions = [];
    const exits = this.exitSet(transitions, config).sort((a, b) => b.order - a.order);
    for (const s of exits) {
      actions.push(...s.x.exit);
      set2.delete(s);
    }
    for (const t of transitions) actions.push(...t.actions);
    const { enter, defaultEntry } = this.entrySet(transitions);
    let done4 = false;
    for (const s of [...enter].sort((a, b) => a.order - b.order)) {
      set2.add(s);
      actions.push(...s.x.entry);
      if (defaultEntry.has(s)) actions.push(...s.x.initial.actions);
      if (s.type === "final" && s.parent === this.root) done4 = true;
    }
    const nodes = [...set2];
    if (done4) for (const n of [...nodes].sort((a, b) => b.order - a.order)) actions.push(...n.x.exit);
    return { actions, next: this.config(nodes), done: done4 };
  }
  removeConflicts(enabled, config) {
    if (enabled.length === 1) return enabled;
    const filtered = /* @__PURE__ */ new Set();
    for (const t1 of enabled) {
      let preempted = false;
      const remove2 = /* @__PURE__ */ new Set();
      for (const t2 of filtered) {
        if (intersects(this.exitSet([t1], config), this.exitSet([t2], config))) {
          if (isDescendant2(t1.source, t2.source)) remove2.add(t2);
          else {
            preempted = true;
            break;
          }
        }
      }
      if (!preempted) {
        for (const t of remove2) filtered.delete(t);
        filtered.add(t1);
      }
    }
    return [...filtered];
  }
  domain(t) {
    const targets = t.targets ?? [];
    if (!t.reenter && targets.every((x) => x === t.source || isDescendant2(x, t.source))) return t.source;
    const lca = leastCommonAncestor([...targets, t.source]);
    if (lca) return lca;
    if (t.reenter) return void 0;
    return this.root;
  }
  exitSet(transitions, config) {
    const out = /* @__PURE__ */ new Set();
    for (const t of transitions) {
      if (!t.targets?.length) continue;
      const domain = this.domain(t);
      if (t.reenter && t.source === domain) out.add(domain);
      for (const s of config.nodes) if (isDescendant2(s, domain)) out.add(s);
    }
    return [...out];
  }
  entrySet(transitions) {
    const enter = /* @__PURE__ */ new Set();
    const defaultEntry = /* @__PURE__ */ new Set();
    for (const t of transitions) {
      const domain = this.domain(t);
      for (const s of t.targets ?? []) {
        if (t.source !== s || t.source !== domain || t.reenter) {
          enter.add(s);
          defaultEntry.add(s);
        }
        addDescendants(s, defaultEntry, enter);
      }
      for (const s of t.targets ?? []) {
        const ancestors = properAncestors(s, domain);
        if (domain?.type === "parallel") ancestors.push(domain);
        addAncestors(enter, defaultEntry, ancestors, !t.source.parent && t.reenter ? void 0 : domain);
      }
    }
    return { enter, defaultEntry };
  }
  /** The initial microstep: enter the root's initial states from the pre-initial configuration [root]. */
  initialStep() {
    const pre = this.config([this.root]);
    const initial = { id: -1, source: this.root, targets: initialStateNodes(this.root), reenter: true, guard: void 0, actions: [] };
    const { enter, defaultEntry } = this.entrySet([initial]);
    defaultEntry.add(this.root);
    const set2 = new Set(pre.nodes);
    const actions = [];
    let done4 = false;
    for (const s of [...enter].sort((a, b) => a.order - b.order)) {
      set2.add(s);
      actions.push(...s.x.entry);
      if (defaultEntry.has(s) && s.type === "compound") actions.push(...s.x.initial.actions);
      if (s.type === "final" && s.parent === this.root) done4 = true;
    }
    return { actions, next: this.config([...set2]), done: done4 };
  }
};
var CompiledActor = class {
  constructor(m, input, out, persisted) {
    this.m = m;
    if (persisted) {
      this.context = persisted.context;
      this.config = m.configOfValue(persisted.value);
      if (this.config.done) this.status = "done";
      return;
    }
    const ctxConfig = m.machine.config.context;
    const initEvent = { type: "xstate.init", input };
    this.context = typeof ctxConfig === "function" ? Object.assign({}, ctxConfig({ input, spawn: void 0, self: void 0 })) : ctxConfig ?? {};
    const first = m.initialStep();
    this.context = this.run(first.actions, this.context, initEvent, out);
    this.config = first.next;
    if (first.done) this.status = "done";
    this.settle(initEvent, out);
  }
  m;
  context;
  config;
  status = "active";
  get done() {
    return this.status === "done";
  }
  get value() {
    return this.config.value;
  }
  stateString() {
    return this.config.stateString;
  }
  matches(path) {
    return this.config.matches(path, this.m.root);
  }
  /** XState's getPersistedSnapshot, field for field (status, value, historyValue, context, children). */
  persisted() {
    return { status: this.status, value: this.config.value, historyValue: {}, context: persistContext2(this.context), children: {} };
  }
  send(event, out) {
    if (this.status !== "active") return;
    const enabled = [];
    this.m.select(this.config, this.m.root, this.context, event, enabled);
    if (enabled.length) this.apply(this.m.step(this.config, enabled), event, out);
    this.settle(event, out);
  }
  /** Eventless transitions until none is enabled (XState's macrostep loop; nothing is ever raised internally). */
  settle(event, out) {
    while (this.status === "active") {
      const enabled = this.m.selectEventless(this.config, this.context, event);
      if (!enabled.length) return;
      this.apply(this.m.step(this.config, enabled), event, out);
    }
  }
  apply(step, event, out) {
    this.context = this.run(step.actions, this.context, event, out);
    this.config = step.next;
    if (step.done) this.status = "done";
  }
  /** resolveAndExecuteActionsWithContext, for the action kinds the machines use. */
  run(actions, context3, event, out) {
    for (const raw of actions) {
      const a = this.m.action(raw);
      if (typeof a !== "function") throw new Error(`machine "${this.m.machine.id}": action '${String(raw)}' is not implemented`);
      switch (a.type) {
        case "xstate.assign": {
          const args2 = { context: context3, event, spawn: void 0, self: void 0, system: void 0 };
          const assignment = a.assignment;
          let partial;
          if (typeof assignment === "function") partial = assignment(args2, void 0);
          else {
            partial = {};
            for (const key of Object.keys(assignment)) {
              const v = assignment[key];
              partial[key] = typeof v === "function" ? v(args2, void 0) : v;
            }
          }
          context3 = Object.assign({}, context3, partial);
          break;
        }
        case "xstate.emit": {
          const e = a.event;
          out.push(typeof e === "function" ? e({ context: context3, event, self: void 0, system: void 0 }, void 0) : e);
          break;
        }
        case "xstate.enqueueActions": {
          const queued = [];
          const enqueue = Object.assign((action) => void queued.push(action), {
            assign: (x) => void queued.push(assignAction(x)),
            emit: (x) => void queued.push(emitAction(x))
          });
          const snapshotContext = context3;
          a.collect({ context: context3, event, enqueue, check: (g) => this.m.evalGuard(g, snapshotContext, event), self: void 0, system: void 0 }, void 0);
          context3 = this.run(queued, context3, event, out);
          break;
        }
        default:
          if (a.type !== void 0 && a.type.startsWith("xstate.")) throw new Error(`machine "${this.m.machine.id}": action ${a.type} is not supported by the compiled interpreter`);
          a({ context: context3, event, self: void 0, system: void 0 }, void 0);
      }
    }
    return context3;
  }
};
var assignAction = (assignment) => Object.assign(() => {
}, { type: "xstate.assign", assignment });
var emitAction = (event) => Object.assign(() => {
}, { type: "xstate.emit", event });
var isDescendant2 = (child, parent) => {
  let m = child;
  while (m.parent && m.parent !== parent) m = m.parent;
  return m.parent === parent;
};
var properAncestors = (node, to) => {
  const out = [];
  if (to === node) return out;
  for (let m = node.parent; m && m !== to; m = m.parent) out.push(m);
  return out;
};
var leastCommonAncestor = (nodes) => {
  const [head3, ...tail] = nodes;
  for (const a of properAncestors(head3, void 0)) if (tail.every((n) => isDescendant2(n, a))) return a;
  return void 0;
};
var intersects = (a, b) => a.some((x) => b.includes(x));
var initialOf = (n) => {
  const target = n.x.initial.target?.[0];
  const child = n.children.find((c) => c.x === target);
  if (!child) throw new Error(`state "${n.x.id}": no initial state`);
  return child;
};
var initialStateNodes = (n) => {
  const out = [];
  const walk = (s) => {
    if (s.type === "compound") walk(initialOf(s));
    else if (s.type === "parallel") s.children.forEach(walk);
    else out.push(s);
  };
  walk(n);
  return out;
};
var addDescendants = (s, defaultEntry, enter) => {
  if (s.type === "compound") {
    const initial = initialOf(s);
    enter.add(initial);
    defaultEntry.add(initial);
    addDescendants(initial, defaultEntry, enter);
    addAncestors(enter, defaultEntry, properAncestors(initial, s), void 0);
  } else if (s.type === "parallel") {
    for (const child of s.children) {
      if (![...enter].some((e) => isDescendant2(e, child))) {
        enter.add(child);
        defaultEntry.add(child);
        addDescendants(child, defaultEntry, enter);
      }
    }
  }
};
var addAncestors = (enter, defaultEntry, ancestors, reentrancyDomain) => {
  for (const anc of ancestors) {
    if (!reentrancyDomain || isDescendant2(anc, reentrancyDomain)) enter.add(anc);
    if (anc.type === "parallel") {
      for (const child of anc.children) {
        if (![...enter].some((e) => isDescendant2(e, child))) {
          enter.add(child);
          addDescendants(child, defaultEntry, enter);
        }
      }
    }
  }
};
var stateNodesOf = (root, node, value) => {
  const child = (key) => {
    const c = node.children.find((x) => x.key === key);
    if (!c) throw new Error(`state '${key}' does not exist on '${node.x.id}'`);
    return c;
  };
  if (typeof value === "string") return [node, child(value)];
  const keys = Object.keys(value);
  return [root, node, ...keys.map(child), ...keys.flatMap((k) => stateNodesOf(root, child(k), value[k]))];
};
var allStateNodes = (nodes) => {
  const set2 = new Set(nodes);
  const hasChildIn = (s) => s.children.some((c) => set2.has(c));
  for (const s of set2) {
    if (s.type === "compound" && !hasChildIn(s)) {
      for (const n of initialWithAncestors(s)) set2.add(n);
    } else if (s.type === "parallel") {
      for (const child of s.children) if (!set2.has(child)) for (const n of initialWithAncestors(child)) set2.add(n);
    }
  }
  for (const s of set2) for (let m = s.parent; m; m = m.parent) set2.add(m);
  return set2;
};
var initialWithAncestors = (s) => {
  const out = /* @__PURE__ */ new Set();
  for (const leaf of initialStateNodes(s)) for (let m = leaf; m && m !== s.parent; m = m.parent) out.add(m);
  return [...out];
};
var stateValue = (root, nodes) => {
  const all3 = allStateNodes(nodes);
  const adj = /* @__PURE__ */ new Map();
  for (const s of all3) {
    if (!adj.has(s)) adj.set(s, []);
    if (s.parent) {
      if (!adj.has(s.parent)) adj.set(s.parent, []);
      adj.get(s.parent).push(s);
    }
  }
  const fromAdj = (base) => {
    const children = adj.get(base);
    if (!children) return {};
    if (base.type === "compound") {
      const c = children[0];
      if (!c) return {};
      if (c.type === "atomic" || c.type === "final") return c.key;
    }
    const out = {};
    for (const c of children) out[c.key] = fromAdj(c);
    return out;
  };
  return fromAdj(root);
};
var flatten = (value, prefix = "") => {
  if (typeof value === "string") return [prefix + value];
  const out = [];
  for (const [k, v] of Object.entries(value)) {
    if (v === void 0) continue;
    out.push(...flatten(v, `${prefix}${k}.`));
  }
  return out;
};
var persistContext2 = (part) => part;

// src/sim/machine-actor.ts
var compiled = /* @__PURE__ */ new WeakMap();
var compile = (machine) => {
  let c = compiled.get(machine);
  if (!c) compiled.set(machine, c = new CompiledMachine(machine));
  return c;
};
var startMachine = (engine, machine, input, out, snapshot) => {
  if (engine === "lockstep") return lockstep(machine, input, out, snapshot);
  if (engine === "compiled") {
    const a = new CompiledActor(compile(machine), input, out, snapshot);
    return {
      send: (e) => a.send(e, out),
      get value() {
        return a.value;
      },
      stateString: () => a.stateString(),
      matches: (p) => a.matches(p),
      get context() {
        return a.context;
      },
      persisted: () => a.persisted()
    };
  }
  const ref = createActor(machine, snapshot === void 0 ? { input } : { input, snapshot });
  ref.on("*", (cmd) => out.push(cmd));
  ref.start();
  return {
    // A machine in a final state takes nothing more (XState would only warn about it).
    send: (e) => ref.getSnapshot().status === "active" ? ref.send(e) : void 0,
    get value() {
      return ref.getSnapshot().value;
    },
    stateString: () => flatten2(ref.getSnapshot().value).join("|"),
    matches: (p) => ref.getSnapshot().matches(p),
    get context() {
      return ref.getSnapshot().context;
    },
    persisted: () => ref.getPersistedSnapshot()
  };
};
var lockstep = (machine, input, out, snapshot) => {
  const fromCompiled = [];
  const fromXstate = [];
  const c = startMachine("compiled", machine, input, fromCompiled, snapshot);
  const x = startMachine("xstate", machine, input, fromXstate, snapshot);
  const check2 = (after) => {
    const differs = (what, a, b) => {
      if (!isDeepStrictEqual(a, b)) throw new Error(`lockstep: machine "${machine.id}" ${after}: ${what} differ: compiled ${JSON.stringify(a)} vs xstate ${JSON.stringify(b)}`);
    };
    differs("states", c.stateString(), x.stateString());
    differs("values", c.value, x.value);
    differs("contexts", c.context, x.context);
    differs("commands", fromCompiled, fromXstate);
    differs("persisted snapshots", JSON.stringify(c.persisted()), JSON.stringify(x.persisted()));
    out.push(...fromCompiled);
    fromCompiled.length = 0;
    fromXstate.length = 0;
  };
  check2("at start");
  return {
    send: (e) => {
      c.send(e);
      x.send(e);
      check2(`after ${JSON.stringify(e)}`);
    },
    get value() {
      return c.value;
    },
    stateString: () => c.stateString(),
    matches: (p) => {
      const m = c.matches(p);
      if (m !== x.matches(p)) throw new Error(`lockstep: machine "${machine.id}": matches("${p}") differs`);
      return m;
    },
    get context() {
      return c.context;
    },
    persisted: () => c.persisted()
  };
};
var MachineActor = class {
  constructor(kernel, id, machine, input, execute, snapshot) {
    this.kernel = kernel;
    this.id = id;
    this.execute = execute;
    this.run = startMachine(kernel.engine, machine, input, this.pending, snapshot);
    this.flush();
  }
  kernel;
  id;
  execute;
  run;
  timers = /* @__PURE__ */ new Map();
  pending = [];
  flushing = false;
  send(event) {
    this.run.send(event);
    this.flush();
  }
  /** The active leaf states, e.g. `alive.guest.running|alive.protection.protected`. */
  state() {
    return this.run.stateString();
  }
  /** Whether the machine is in state `path`. */
  matches(path) {
    return this.run.matches(path);
  }
  /** Arm timer `name` as if the machine had asked (a restored machine's running timers). */
  arm(name, afterUs) {
    this.setTimer({ name, afterUs });
  }
  /** The machine's state as plain data, for a checkpoint. */
  persisted() {
    return this.run.persisted();
  }
  /** The machine's context. */
  context() {
    return this.run.context;
  }
  /** Forget every timer (the host crashed). */
  cancelTimers() {
    for (const h of this.timers.values()) this.kernel.cancel(h);
    this.timers.clear();
  }
  flush() {
    if (this.flushing) return;
    this.flushing = true;
    try {
      for (let i = 0; i < this.pending.length; i++) {
        const cmd = this.pending[i];
        if (cmd.type === "timer.set") this.setTimer(cmd);
        else if (cmd.type === "timer.cancel") this.cancelTimer(cmd.name);
        else this.execute(cmd);
      }
      this.pending.length = 0;
    } finally {
      this.flushing = false;
    }
  }
  setTimer(cmd) {
    this.cancelTimer(cmd.name);
    this.timers.set(cmd.name, this.kernel.after(cmd.afterUs, this.id, { type: "timer", name: cmd.name }));
  }
  cancelTimer(name) {
    this.kernel.cancel(this.timers.get(name));
    this.timers.delete(name);
  }
};
var flatten2 = (value, prefix = "") => {
  if (typeof value === "string") return [prefix + value];
  const out = [];
  for (const [k, v] of Object.entries(value)) {
    if (v === void 0) continue;
    out.push(...flatten2(v, `${prefix}${k}.`));
  }
  return out;
};

// src/workload/patterns.ts
var VOCABULARY = "the of and to in is that for it as was with be by on not he this are or his from at which but have an they you were error request user session value table index page memory checkpoint epoch backup primary client server status done".split(" ");
var writePattern = (pattern, memory, page, next, pickPage, wordsPerWrite) => {
  switch (pattern) {
    case "sparse":
      for (let w = 0; w < wordsPerWrite; w++) memory.writeWord(page, next() & 1023, next());
      return;
    case "zero":
      memory.writable(page).fill(0);
      return;
    case "copy": {
      const from = pickPage();
      if (from === page) return writePattern("sparse", memory, page, next, pickPage, wordsPerWrite);
      memory.writable(page).set(memory.bytes.subarray(from * PAGE_SIZE, (from + 1) * PAGE_SIZE));
      memory.writeWord(page, next() & 1023, next());
      if (next() & 1) memory.writable(from).fill(0);
      return;
    }
    case "text":
      return writeText(memory.writable(page), next);
    case "random": {
      const words = new Int32Array(memory.bytes.buffer, page * PAGE_SIZE, PAGE_SIZE / 4);
      memory.writable(page);
      for (let i = 0; i < words.length; i++) words[i] = next();
      return;
    }
    case "mixed": {
      const r = next() % 10;
      const chosen = r < 4 ? "sparse" : r < 6 ? "copy" : r < 8 ? "text" : r < 9 ? "zero" : "random";
      return writePattern(chosen, memory, page, next, pickPage, wordsPerWrite);
    }
  }
};
var writeText = (bytes, next) => {
  const length = 512 + next() % (PAGE_SIZE - 512 + 1);
  let at = next() % (PAGE_SIZE - length + 1);
  const end = at + length;
  while (at < end) {
    const word = VOCABULARY[next() % VOCABULARY.length];
    for (let i = 0; i < word.length && at < end; i++) bytes[at++] = word.charCodeAt(i);
    if (at < end) bytes[at++] = next() % 8 === 0 ? 10 : 32;
  }
};

// src/workload/segment.ts
var MSS = 1448;

// src/workload/trace-replay.ts
import { createHash } from "node:crypto";
import { readFileSync as readFileSync2 } from "node:fs";

// src/record/recording.ts
import { readFileSync, writeFileSync } from "node:fs";
import { deflateSync, inflateSync } from "node:zlib";
var PAGE_SIZE2 = 4096;
var FORMAT = "epochlab-recording";
var VERSION = 1;
var MAGIC = Buffer.from("EPLREC1\n", "latin1");
var METHODS = ["soft-dirty", "compare"];
var RecordingError = class extends Error {
};
var plural = (n, what) => `${n} ${what}${n === 1 ? "" : "s"}`;
var checkEpochs = (epochs, pages, fail6) => {
  const seen = new Uint8Array(pages);
  epochs.forEach((e, k) => {
    if (e.data.length !== e.indices.length * PAGE_SIZE2)
      fail6(`epoch ${k} has ${plural(e.indices.length, "page")} but ${e.data.length} bytes of data (expected ${e.indices.length * PAGE_SIZE2})`);
    let prev = -1;
    for (const p of e.indices) {
      if (!Number.isInteger(p) || p < 0 || p >= pages) fail6(`epoch ${k}: page number ${p} is out of range (pages: ${pages})`);
      if (p <= prev) fail6(`epoch ${k}: page numbers are not strictly ascending (${p} after ${prev})`);
      seen[p] = 1;
      prev = p;
    }
  });
  const missing = seen.indexOf(0);
  if (missing >= 0) fail6(`header says ${plural(pages, "page")} but page ${missing} appears in no epoch`);
};
var decodeRecording = (bytes, source = "recording") => {
  const fail6 = (msg) => {
    throw new RecordingError(`${source}: ${msg}`);
  };
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (file.length < MAGIC.length || !file.subarray(0, MAGIC.length).equals(MAGIC)) {
    if (file.length < MAGIC.length && MAGIC.subarray(0, file.length).equals(file)) fail6(`truncated (${plural(file.length, "byte")}, not even the magic)`);
    fail6(`not an epochlab recording (bad magic; expected "EPLREC1\\n")`);
  }
  let body;
  try {
    body = inflateSync(file.subarray(MAGIC.length));
  } catch (e) {
    const why = (e.message || String(e)).split("\n")[0];
    return fail6(`compressed body is damaged or truncated (zlib: ${why})`);
  }
  if (body.length < 4) fail6("truncated before the header length");
  const headerLength = body.readUInt32LE(0);
  if (body.length < 4 + headerLength) fail6(`header is truncated (expected ${headerLength} bytes, found ${body.length - 4})`);
  let raw;
  try {
    raw = JSON.parse(body.toString("utf8", 4, 4 + headerLength));
  } catch {
    fail6("header is not valid JSON");
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return fail6("header is not a JSON object");
  const h = raw;
  if (h.format !== FORMAT) fail6(`header format is ${JSON.stringify(h.format)}, expected "${FORMAT}"`);
  if (h.version !== VERSION) fail6(`unsupported version ${JSON.stringify(h.version)} (this epochlab reads version ${VERSION})`);
  if (!Array.isArray(h.command) || !h.command.every((c) => typeof c === "string")) fail6("header command must be an array of strings");
  if (typeof h.intervalMs !== "number" || !Number.isFinite(h.intervalMs) || h.intervalMs <= 0)
    fail6(`header intervalMs must be a positive number, got ${JSON.stringify(h.intervalMs)}`);
  if (h.pageSize !== PAGE_SIZE2) fail6(`header pageSize is ${JSON.stringify(h.pageSize)}, only ${PAGE_SIZE2} is supported`);
  const isCount = (v) => typeof v === "number" && Number.isSafeInteger(v) && v >= 0 && v <= 2147483647;
  if (!isCount(h.pages)) fail6(`header pages must be a non-negative integer, got ${JSON.stringify(h.pages)}`);
  if (!METHODS.includes(h.method)) fail6(`header method must be "soft-dirty" or "compare", got ${JSON.stringify(h.method)}`);
  if (!isCount(h.epochs) || h.epochs < 1) fail6(`header epochs must be a positive integer, got ${JSON.stringify(h.epochs)}`);
  const header = h;
  const epochs = [];
  let at = 4 + headerLength;
  for (let k = 0; k < header.epochs; k++) {
    if (body.length - at < 4) fail6(`epoch ${k} is missing (header says ${plural(header.epochs, "epoch")}, found ${k})`);
    const count = body.readUInt32LE(at);
    at += 4;
    if (count > header.pages) fail6(`epoch ${k} claims ${plural(count, "page")}, more than the ${header.pages} in the recording`);
    if (body.length - at < count * 4)
      fail6(`epoch ${k} is truncated (expected ${count * 4} bytes of page numbers, found ${body.length - at})`);
    const indices = new Int32Array(count);
    for (let i = 0, prev = -1; i < count; i++, at += 4) {
      const p = body.readUInt32LE(at);
      if (p >= header.pages) fail6(`epoch ${k}: page number ${p} is out of range (pages: ${header.pages})`);
      if (p <= prev) fail6(`epoch ${k}: page numbers are not strictly ascending (${p} after ${prev})`);
      indices[i] = prev = p;
    }
    const size = count * PAGE_SIZE2;
    if (body.length - at < size) fail6(`epoch ${k} is truncated (expected ${size} bytes of page data, found ${body.length - at})`);
    epochs.push({ indices, data: new Uint8Array(body.buffer, body.byteOffset + at, size) });
    at += size;
  }
  if (at !== body.length) fail6(`${plural(body.length - at, "unexpected byte")} after the last epoch`);
  checkEpochs(epochs, header.pages, fail6);
  return { command: header.command, intervalMs: header.intervalMs, pages: header.pages, method: header.method, epochs };
};
var readRecording = (path) => {
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const err = e;
    throw new RecordingError(`${path}: cannot read (${err.code ?? err.message})`);
  }
  return decodeRecording(bytes, path);
};

// src/workload/trace-replay.ts
var TraceReplay = class _TraceReplay {
  constructor(file, recording, sha256) {
    this.file = file;
    this.recording = recording;
    this.sha256 = sha256;
  }
  file;
  recording;
  sha256;
  static loaded = /* @__PURE__ */ new Map();
  /** Read once per file per process (a recording is immutable input, like the scenario). */
  static load(file) {
    let replay = _TraceReplay.loaded.get(file);
    if (!replay) {
      const recording = readRecording(file);
      replay = new _TraceReplay(file, recording, createHash("sha256").update(readFileSync2(file)).digest("hex"));
      _TraceReplay.loaded.set(file, replay);
    }
    return replay;
  }
  /** Guest pages the replay needs: the recording's and the state page. */
  get pagesNeeded() {
    return this.recording.pages + 1;
  }
  boot(memory) {
    this.write(memory, 0);
  }
  /** The guest has just executed slice `ticks`: write every snapshot whose time has come. */
  tick(memory, ticks, tickUs) {
    const intervalUs = this.recording.intervalMs * 1e3;
    const last = Math.floor((ticks - 1) * tickUs / intervalUs);
    const now = Math.floor(ticks * tickUs / intervalUs);
    for (let e = last + 1; e <= now; e++) this.write(memory, this.snapshotAt(e));
  }
  snapshotAt(e) {
    const n = this.recording.epochs.length;
    return n <= 1 ? 0 : 1 + (e - 1) % (n - 1);
  }
  write(memory, snapshot) {
    const { indices, data } = this.recording.epochs[snapshot];
    for (let i = 0; i < indices.length; i++) memory.writable(indices[i] + 1).set(data.subarray(i * PAGE_SIZE, (i + 1) * PAGE_SIZE));
  }
};

// src/storage/block-store.ts
var BLOCK_SIZE = 4096;
var BlockStore = class {
  blocks = /* @__PURE__ */ new Map();
  read(block) {
    return this.blocks.get(block) ?? originalContent(block);
  }
  land(block, bytes) {
    this.blocks.set(block, bytes);
  }
};
var WORDS2 = "the of and to in is that for it as was with be by on not this are or from at which but have an they you were log line user value".split(" ");
var originalContent = (block) => {
  const out = new Uint8Array(BLOCK_SIZE);
  let x = Math.imul(block + 1, 2654435761) ^ 1540483477 | 0 || 1;
  let at = 0;
  while (at < BLOCK_SIZE) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const word = WORDS2[(x >>> 0) % WORDS2.length];
    for (let i = 0; i < word.length && at < BLOCK_SIZE; i++) out[at++] = word.charCodeAt(i);
    if (at < BLOCK_SIZE) out[at++] = (x >>> 24) % 8 === 0 ? 10 : 32;
  }
  return out;
};

// src/workload/page-cache.ts
var emptyCache = (slots) => ({ block: new Array(slots).fill(-1), dirty: new Array(slots).fill(0), hand: 0, ops: 0, credit: 0 });
var PageCache = class {
  constructor(state, firstPage, memory) {
    this.state = state;
    this.firstPage = firstPage;
    this.memory = memory;
    state.block.forEach((b, s) => b >= 0 && this.slotOf.set(b, s));
  }
  state;
  firstPage;
  memory;
  /** block -> slot, derived from the state (rebuilt after a restore). */
  slotOf = /* @__PURE__ */ new Map();
  get slots() {
    return this.state.block.length;
  }
  /** Read `block` through the cache; true on a hit, false if it had to come from storage. */
  read(block, io) {
    if (this.slotOf.has(block)) return true;
    this.fill(block, io);
    return false;
  }
  /** Write `value` at word `word` of `block` (reading it in first on a miss); the page turns hard until write-back. */
  write(block, word, value, io) {
    const hit = this.read(block, io);
    const slot = this.slotOf.get(block);
    this.memory.writeWord(this.firstPage + slot, word, value);
    this.state.dirty[slot] = 1;
    return hit;
  }
  /** Write every dirty slot back to storage; they become clean (soft). */
  writeBack(io) {
    let n = 0;
    for (let s = 0; s < this.slots; s++) {
      if (!this.state.dirty[s]) continue;
      this.flush(s, io);
      n++;
    }
    return n;
  }
  /** Guest pages that are soft now: clean cached blocks. */
  softPages() {
    const out = [];
    for (let s = 0; s < this.slots; s++) if (this.state.block[s] >= 0 && !this.state.dirty[s]) out.push(this.firstPage + s);
    return out;
  }
  /** Failover fix-up: forget the cached blocks whose pages the backup does not hold; they are re-read on first use. */
  forget(pages) {
    let n = 0;
    for (let s = 0; s < this.slots; s++) {
      const b = this.state.block[s];
      if (b < 0 || !pages(this.firstPage + s)) continue;
      this.slotOf.delete(b);
      this.state.block[s] = -1;
      this.state.dirty[s] = 0;
      n++;
    }
    return n;
  }
  /** Bring `block` into a slot: a free one, else the clock's next clean one, else write a dirty one back first. */
  fill(block, io) {
    const slot = this.victim();
    const old = this.state.block[slot];
    if (old >= 0) {
      if (this.state.dirty[slot]) this.flush(slot, io);
      this.slotOf.delete(old);
    }
    const page = this.firstPage + slot;
    this.memory.writable(page).set(io.read(block).subarray(0, PAGE_SIZE));
    this.state.block[slot] = block;
    this.state.dirty[slot] = 0;
    this.slotOf.set(block, slot);
  }
  victim() {
    const free2 = this.state.block.indexOf(-1);
    if (free2 >= 0) return free2;
    for (let i = 0; i < this.slots; i++) {
      const s2 = (this.state.hand + i) % this.slots;
      if (!this.state.dirty[s2]) {
        this.state.hand = (s2 + 1) % this.slots;
        return s2;
      }
    }
    const s = this.state.hand;
    this.state.hand = (s + 1) % this.slots;
    return s;
  }
  flush(slot, io) {
    const page = this.firstPage + slot;
    io.write(this.state.block[slot], this.memory.bytes.slice(page * PAGE_SIZE, page * PAGE_SIZE + BLOCK_SIZE));
    this.state.dirty[slot] = 0;
  }
};

// src/workload/guest.ts
var LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
var byteSwap = (x) => (x & 255) << 24 | (x & 65280) << 8 | x >>> 8 & 65280 | x >>> 24;
var STATE_PAGE = 0;
var Guest = class _Guest {
  constructor(memory, vcpu, device, params, hostNonce, io) {
    this.memory = memory;
    this.vcpu = vcpu;
    this.device = device;
    this.params = params;
    this.hostNonce = hostNonce;
    this.io = io;
    const slots = device.cache?.block.length ?? 0;
    this.anonEnd = memory.pages - slots;
    this.cache = device.cache ? new PageCache(device.cache, this.anonEnd, memory) : void 0;
    this.replay = traceOf(params.memory);
  }
  memory;
  vcpu;
  device;
  params;
  hostNonce;
  io;
  /** The page cache over `device.cache` (with a file workload). */
  cache;
  /** Pages the workload writes directly (anonymous memory): 1 .. anonEnd-1. */
  anonEnd;
  /** The recording the guest replays (a `trace:` workload), looked up once rather than every slice. */
  replay;
  static boot(memory, params, seed, hostNonce, io) {
    traceOf(params.memory)?.boot(memory);
    const s = (seed ^ 1540483477) >>> 0 || 1;
    const vcpu = { ticks: 0, rng: [s, s ^ 2654435769, s ^ 2135587861, s ^ 625341585] };
    const cache2 = params.files ? { cache: emptyCache(Math.floor(memory.pages * params.files.cacheShare)) } : {};
    const guest = new _Guest(memory, vcpu, { conns: {}, ...cache2 }, params, hostNonce, io);
    if (params.files?.prefill && guest.cache) for (let b = 0; b < guest.cache.slots; b++) guest.cache.read(b, io);
    return guest;
  }
  /** One slice of execution: write pages the way the workload does. */
  tick() {
    const p = this.params;
    this.vcpu.ticks++;
    if (this.replay) return this.replay.tick(this.memory, this.vcpu.ticks, p.tickUs);
    const pattern = p.memory;
    for (let i = 0; i < p.writesPerTick; i++) writePattern(pattern, this.memory, this.pickPage(), this.nextFn, this.pickPageFn, p.wordsPerWrite);
    if (this.cache && p.files) this.fileOps(this.cache, p.files);
  }
  /**
   * File reads and writes through the page cache, as many as the slice's time
   * allows: an operation costs tickUs / opsPerTick, plus `missUs` when the
   * block has to come from storage. Dirty blocks go back every `writebackUs`.
   */
  fileOps(cache2, files) {
    const io = this.io;
    const state = cache2.state;
    const hotBlocks = Math.max(1, Math.ceil(files.blocks / 5));
    const opUs = this.params.tickUs / files.opsPerTick;
    state.credit = Math.min(state.credit + this.params.tickUs, 2 * this.params.tickUs);
    while (state.credit >= opUs) {
      const block = this.next() % 10 < 8 ? this.next() % hotBlocks : this.next() % files.blocks;
      const hit = (this.next() >>> 0) / 4294967296 < files.writeShare ? cache2.write(block, this.next() & 1023, this.next(), io) : cache2.read(block, io);
      state.credit -= opUs + (hit ? 0 : files.missUs);
      state.ops++;
    }
    const now = this.vcpu.ticks * this.params.tickUs;
    const due = (every) => Math.floor(now / every) > Math.floor((now - this.params.tickUs) / every);
    if (due(files.writebackUs)) cache2.writeBack(io);
    if (files.softHintUs && due(files.softHintUs)) io.softHint?.(cache2.softPages());
  }
  /** A page the workload writes: mostly in the hot set. Page 0 is the service state; the workload writes the others. */
  pickPage() {
    const p = this.params;
    const pages = this.memory.pages;
    const hot = Math.max(1, Math.floor(pages * p.hotFraction));
    const inHot = (this.next() >>> 0) / 4294967296 < p.hotProbability;
    const anon = this.anonEnd - 1;
    return 1 + (inHot ? this.next() % Math.min(hot, anon) : this.next() % anon);
  }
  nextFn = () => this.next();
  pickPageFn = () => this.pickPage();
  /** Handle request `seq` from `client`; returns the response's segments (empty for a duplicate). */
  handleRequest(client, seq, now) {
    const body = this.respond(client, seq);
    if (!body) return [];
    const conn = this.device.conns[client];
    const start = conn.txOffset;
    const end = start + body.length;
    conn.txOffset = end;
    const segments = [];
    for (let off = 0; off < body.length; off += MSS) {
      const n = Math.min(MSS, body.length - off);
      segments.push({ client, offset: start + off, len: n, reqSeq: seq, respEnd: end, producedAt: now, bytes: body.subarray(off, off + n), epoch: -1 });
    }
    return segments;
  }
  /** The body of the response to request `seq` from `client`; nothing for a request already answered. */
  respond(client, seq) {
    const conn = this.device.conns[client] ??= { txOffset: 0, lastRequest: 0 };
    if (seq <= conn.lastRequest) return void 0;
    conn.lastRequest = seq;
    const span = this.params.maxResponseBytes - this.params.minResponseBytes + 1;
    const len = this.params.minResponseBytes + this.next() % span;
    return this.produce(seq, len);
  }
  /** The next `len` bytes of an endless bulk flow to `client`. */
  bulk(client, len) {
    const conn = this.device.conns[client] ??= { txOffset: 0, lastRequest: 0 };
    return this.produce(conn.txOffset, len);
  }
  /** The application's stream to `client` now ends at `end` (with real TCP the guest stack writes). */
  wrote(client, end) {
    ;
    (this.device.conns[client] ??= { txOffset: 0, lastRequest: 0 }).txOffset = end;
  }
  /** `len` bytes of output, from the service's state, `seq` and the host's nondeterminism; the service state page records them. */
  produce(seq, len) {
    const nonce = this.hostNonce.u32();
    let x = this.memory.readWord(STATE_PAGE, 1) ^ Math.imul(seq, 2654435761) ^ nonce | 0 || 1;
    const buffer = new ArrayBuffer(len + 3 >> 2 << 2);
    const words = new Int32Array(buffer);
    for (let i = 0; i < words.length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      words[i] = LITTLE_ENDIAN ? x : byteSwap(x);
    }
    this.memory.writeWord(STATE_PAGE, 0, this.memory.readWord(STATE_PAGE, 0) + 1);
    this.memory.writeWord(STATE_PAGE, 1, (x ^ nonce) >>> 0);
    return new Uint8Array(buffer, 0, len);
  }
  cloneVcpu() {
    return { ticks: this.vcpu.ticks, rng: [...this.vcpu.rng] };
  }
  cloneDevice() {
    const conns = {};
    for (const k of Object.keys(this.device.conns).sort()) conns[k] = { ...this.device.conns[k] };
    const c = this.device.cache;
    return c ? { conns, cache: { ...c, block: [...c.block], dirty: [...c.dirty] } } : { conns };
  }
  next() {
    const r = this.vcpu.rng;
    let t = r[3];
    const s = r[0];
    r[3] = r[2];
    r[2] = r[1];
    r[1] = s;
    t ^= t << 11;
    t ^= t >>> 8;
    r[0] = (t ^ s ^ s >>> 19) >>> 0;
    return r[0];
  }
};
var traceOf = (memory) => memory.startsWith("trace:") ? TraceReplay.load(memory.slice("trace:".length)) : void 0;
var stateDigest = (memoryDigest, vcpu, device) => `${memoryDigest}:${hashString(JSON.stringify(vcpu))}:${hashString(JSON.stringify(device, (_k, v) => v instanceof Uint8Array ? hashBytes(v) : v))}`;
var stateWireBytes = (state) => {
  let buffers = 0;
  const json = JSON.stringify(state, (_k, v) => {
    if (!(v instanceof Uint8Array)) return v;
    buffers += v.length;
    return 0;
  });
  return json.length + buffers;
};

// machines/tcp-sender.ts
var RTO_TIMER = "rto";
var PERSIST_TIMER = "persist";
var CLOCK_GRANULARITY_US = 1;
var DUPACK_THRESHOLD = 3;
var newSender = (input = {}) => {
  const mss = input.mss ?? 1448;
  const initialRtoUs = input.initialRtoUs ?? 1e6;
  const peerWindow = input.peerWindowBytes ?? 65535;
  return {
    mss,
    cc: input.cc ?? "newreno",
    minRtoUs: input.minRtoUs ?? 2e5,
    maxRtoUs: input.maxRtoUs ?? 6e7,
    initialRtoUs,
    sndUna: 0,
    sndNxt: 0,
    sndMax: 0,
    writeEnd: 0,
    rwnd: peerWindow,
    maxRwnd: peerWindow,
    cwnd: (input.initialCwndSegments ?? 10) * mss,
    ssthresh: input.initialSsthresh ?? Number.MAX_SAFE_INTEGER,
    dupAcks: 0,
    inRecovery: false,
    recover: 0,
    partialAcked: false,
    srttUs: -1,
    rttvarUs: 0,
    rtoUs: initialRtoUs,
    timeouts: 0,
    timed: null,
    rtoArmed: false,
    persistArmed: false,
    probes: 0,
    speculative: false,
    resumesStream: input.resumesStream ?? false
  };
};
var flightSize = (s) => s.sndNxt - s.sndUna;
var write = (s0, now, bytes) => {
  if (bytes <= 0) return { s: s0, out: [] };
  const s = { ...s0, writeEnd: s0.writeEnd + bytes };
  const out = [];
  transmit(s, out, now);
  settleTimers(s, out, false);
  return { s, out };
};
var receiveAck = (s0, a) => {
  if (a.ack < s0.sndUna || a.ack > (s0.resumesStream ? Math.max(s0.sndMax, s0.writeEnd) : s0.sndMax)) return { s: s0, out: [] };
  const s = { ...s0 };
  const out = [];
  const spec = s.cc === "racc" && a.speculative === true;
  s.speculative = spec;
  const windowChanged = a.window !== s.rwnd;
  s.rwnd = a.window;
  s.maxRwnd = Math.max(s.maxRwnd, a.window);
  let restartRto = false;
  if (spec) restartRto = speculativeAck(s, a);
  else if (a.ack > s.sndUna) restartRto = newAck(s, out, a);
  else if (!windowChanged && flightSize(s) > 0) duplicateAck(s, out);
  else if (!s.inRecovery) s.dupAcks = 0;
  transmit(s, out, a.now);
  settleTimers(s, out, restartRto);
  return { s, out };
};
var retransmitTimer = (s0) => {
  if (!s0.rtoArmed) return { s: s0, out: [] };
  const s = { ...s0, rtoArmed: false };
  const out = [];
  if (flightSize(s) === 0) return { s, out };
  if (!s.speculative) {
    if (s.timeouts === 0) s.ssthresh = Math.max(Math.floor(flightSize(s) / 2), 2 * s.mss);
    s.cwnd = s.mss;
  }
  s.timeouts += 1;
  s.rtoUs = Math.min(s.maxRtoUs, s.rtoUs * 2);
  s.inRecovery = false;
  s.dupAcks = 0;
  s.recover = s.sndMax;
  s.timed = null;
  s.sndNxt = s.sndUna;
  transmit(s, out, void 0);
  settleTimers(s, out, true);
  return { s, out };
};
var persistTimer = (s0) => {
  if (!s0.persistArmed) return { s: s0, out: [] };
  const s = { ...s0, persistArmed: false };
  const out = [];
  if (windowBlocked(s)) {
    out.push({ type: "segment.send", seq: s.sndNxt, len: 1, retransmit: s.sndNxt < s.sndMax });
    s.sndMax = Math.max(s.sndMax, s.sndNxt + 1);
    s.probes += 1;
  }
  settleTimers(s, out, false);
  return { s, out };
};
var speculativeAck = (s, a) => {
  const advanced = a.ack > s.sndUna;
  if (advanced) advanceUna(s, a.ack, void 0);
  else if (flightSize(s) > 0 && (a.bufferFree ?? 0) >= s.mss) s.sndNxt = s.sndUna;
  s.inRecovery = false;
  s.dupAcks = 0;
  if (a.bufferFree !== void 0) s.cwnd = Math.max(s.mss, a.ack + a.bufferFree - s.sndUna);
  return advanced;
};
var advanceUna = (s, ack, now) => {
  s.sndUna = ack;
  s.sndNxt = Math.max(s.sndNxt, ack);
  s.sndMax = Math.max(s.sndMax, ack);
  if (s.timed !== null && ack >= s.timed.end) {
    if (now !== void 0) sampleRtt(s, now - s.timed.sentAt);
    s.timed = null;
  }
  s.timeouts = 0;
  s.rtoUs = baseRto(s);
};
var newAck = (s, out, a) => {
  const acked = a.ack - s.sndUna;
  advanceUna(s, a.ack, a.now);
  if (s.inRecovery && a.ack < s.recover) {
    retransmitFirst(s, out);
    s.cwnd = Math.max(s.mss, s.cwnd - acked + (acked >= s.mss ? s.mss : 0));
    const first = !s.partialAcked;
    s.partialAcked = true;
    return first;
  }
  if (s.inRecovery) {
    s.inRecovery = false;
    s.cwnd = s.ssthresh;
  } else {
    s.cwnd += s.cwnd < s.ssthresh ? Math.min(acked, s.mss) : Math.max(1, Math.floor(s.mss * s.mss / s.cwnd));
  }
  s.dupAcks = 0;
  return true;
};
var duplicateAck = (s, out) => {
  if (s.inRecovery) {
    s.cwnd += s.mss;
    return;
  }
  s.dupAcks += 1;
  if (s.dupAcks !== DUPACK_THRESHOLD || s.sndUna < s.recover) return;
  s.ssthresh = Math.max(Math.floor(flightSize(s) / 2), 2 * s.mss);
  s.cwnd = s.ssthresh + DUPACK_THRESHOLD * s.mss;
  s.inRecovery = true;
  s.partialAcked = false;
  s.recover = s.sndMax;
  retransmitFirst(s, out);
};
var retransmitFirst = (s, out) => {
  const len = Math.min(s.mss, s.sndMax - s.sndUna);
  if (len > 0) sendSegment(s, out, s.sndUna, len, void 0);
};
var transmit = (s, out, now) => {
  for (; ; ) {
    const flight = flightSize(s);
    const usable = Math.min(s.cwnd, s.rwnd) - flight;
    const unsent = s.writeEnd - s.sndNxt;
    if (unsent <= 0 || usable <= 0) return;
    const len = Math.min(s.mss, unsent, usable);
    if (len < s.mss && len < unsent && len < s.maxRwnd / 2 && flight > 0) return;
    sendSegment(s, out, s.sndNxt, len, now);
    s.sndNxt += len;
  }
};
var sendSegment = (s, out, seq, len, now) => {
  const retransmit = seq < s.sndMax;
  if (retransmit) s.timed = null;
  else if (s.timed === null && now !== void 0) s.timed = { end: seq + len, sentAt: now };
  s.sndMax = Math.max(s.sndMax, seq + len);
  out.push({ type: "segment.send", seq, len, retransmit });
};
var windowBlocked = (s) => s.writeEnd > s.sndNxt && flightSize(s) === 0 && Math.min(s.cwnd, s.rwnd) <= 0;
var settleTimers = (s, out, restartRto) => {
  if (flightSize(s) > 0) {
    if (!s.rtoArmed || restartRto) out.push({ type: "timer.set", name: RTO_TIMER, afterUs: s.rtoUs });
    s.rtoArmed = true;
  } else if (s.rtoArmed) {
    out.push({ type: "timer.cancel", name: RTO_TIMER });
    s.rtoArmed = false;
  }
  if (windowBlocked(s)) {
    if (!s.persistArmed) {
      out.push({ type: "timer.set", name: PERSIST_TIMER, afterUs: Math.min(s.maxRtoUs, s.rtoUs * 2 ** s.probes) });
      s.persistArmed = true;
    }
  } else {
    if (s.persistArmed) out.push({ type: "timer.cancel", name: PERSIST_TIMER });
    s.persistArmed = false;
    s.probes = 0;
  }
};
var sampleRtt = (s, r) => {
  if (s.srttUs < 0) {
    s.srttUs = r;
    s.rttvarUs = r / 2;
  } else {
    s.rttvarUs = 0.75 * s.rttvarUs + 0.25 * Math.abs(s.srttUs - r);
    s.srttUs = 0.875 * s.srttUs + 0.125 * r;
  }
};
var baseRto = (s) => {
  if (s.srttUs < 0) return s.initialRtoUs;
  const rto = Math.ceil(s.srttUs + Math.max(CLOCK_GRANULARITY_US, 4 * s.rttvarUs));
  return Math.min(s.maxRtoUs, Math.max(s.minRtoUs, rto));
};

// machines/tcp-receive.ts
var DELACK_TIMER = "delack";
var newReceiver = (input = {}) => {
  const receiveBufferBytes = input.receiveBufferBytes ?? 65535;
  return {
    mss: input.mss ?? 1448,
    receiveBufferBytes,
    delayedAckUs: input.delayedAckUs ?? 0,
    rcvNxt: 0,
    held: [],
    rightEdge: receiveBufferBytes,
    lastAck: 0,
    delackArmed: false
  };
};
var heldBytes = (r) => r.held.reduce((n, [s, e]) => n + e - s, 0);
var advertisedWindow = (r) => Math.max(r.receiveBufferBytes - heldBytes(r), r.rightEdge - r.rcvNxt);
var insertRange = (ranges, start, end) => {
  const out = [];
  let s = start;
  let e = end;
  let placed = false;
  for (const [a, b] of ranges) {
    if (b < s) out.push([a, b]);
    else if (a > e) {
      if (!placed) out.push([s, e]);
      placed = true;
      out.push([a, b]);
    } else {
      s = Math.min(s, a);
      e = Math.max(e, b);
    }
  }
  if (!placed) out.push([s, e]);
  return out;
};
var receiveData = (r0, seq, len) => {
  if (len <= 0) return { r: r0, out: [] };
  const r = { ...r0 };
  const out = [];
  const from = Math.max(seq, r.rcvNxt);
  const to = Math.min(seq + len, r.rcvNxt + r.receiveBufferBytes);
  let immediate;
  if (to <= from) {
    immediate = true;
  } else if (from > r.rcvNxt) {
    r.held = insertRange(r.held, from, to);
    immediate = true;
  } else {
    const hadHole = r.held.length > 0;
    const start = r.rcvNxt;
    r.rcvNxt = to;
    const rest = [...r.held];
    while (rest.length > 0 && rest[0][0] <= r.rcvNxt) r.rcvNxt = Math.max(r.rcvNxt, rest.shift()[1]);
    r.held = rest;
    out.push({ type: "deliver", offset: start, len: r.rcvNxt - start });
    immediate = hadHole;
  }
  if (immediate || r.delayedAckUs <= 0 || r.rcvNxt - r.lastAck >= 2 * r.mss) sendAck(r, out);
  else if (!r.delackArmed) {
    r.delackArmed = true;
    out.push({ type: "timer.set", name: DELACK_TIMER, afterUs: r.delayedAckUs });
  }
  return { r, out };
};
var delayedAckTimer = (r0) => {
  if (!r0.delackArmed) return { r: r0, out: [] };
  const r = { ...r0, delackArmed: false };
  const out = [];
  if (r.rcvNxt > r.lastAck) sendAck(r, out);
  return { r, out };
};
var sendAck = (r, out) => {
  const window2 = advertisedWindow(r);
  r.rightEdge = r.rcvNxt + window2;
  r.lastAck = r.rcvNxt;
  out.push({ type: "ack.send", ack: r.rcvNxt, window: window2 });
  if (r.delackArmed) {
    r.delackArmed = false;
    out.push({ type: "timer.cancel", name: DELACK_TIMER });
  }
};

// machines/tcp-endpoint.ts
var newTcpEndpoint = (input = {}) => ({
  sender: newSender(input),
  receiver: newReceiver(input)
});
var tcpStep = (ctx, event) => {
  const sent = (step) => ({ ctx: { ...ctx, sender: step.s }, out: step.out });
  const received = (step) => ({ ctx: { ...ctx, receiver: step.r }, out: step.out });
  switch (event.type) {
    case "app.write":
      return sent(write(ctx.sender, event.now, event.bytes));
    case "ack":
      return sent(receiveAck(ctx.sender, event));
    case "data":
      return received(receiveData(ctx.receiver, event.seq, event.len));
    case "timer":
      if (event.name === RTO_TIMER) return sent(retransmitTimer(ctx.sender));
      if (event.name === PERSIST_TIMER) return sent(persistTimer(ctx.sender));
      if (event.name === DELACK_TIMER) return received(delayedAckTimer(ctx.receiver));
      return { ctx, out: [] };
  }
};
var senderPhase = (s) => s.timeouts > 0 ? "timedOut" : s.inRecovery ? "fastRecovery" : s.cwnd < s.ssthresh ? "slowStart" : "congestionAvoidance";
var phases = ["slowStart", "congestionAvoidance", "fastRecovery", "timedOut"];
var tcpEndpointMachine = (id, fixed = {}) => setup({
  types: {
    context: {},
    events: {},
    emitted: {},
    input: {}
  },
  actions: {
    step: enqueueActions(({ context: context3, event, enqueue }) => {
      const { ctx, out } = tcpStep(context3, event);
      enqueue.assign(ctx);
      for (const cmd of out) enqueue.emit(cmd);
    })
  }
}).createMachine({
  id,
  context: ({ input }) => newTcpEndpoint({ ...input, ...fixed }),
  initial: "slowStart",
  on: { "app.write": { actions: "step" }, ack: { actions: "step" }, data: { actions: "step" }, timer: { actions: "step" } },
  // After every step the machine moves to the phase the sender is in.
  states: Object.fromEntries(
    phases.map((phase) => [
      phase,
      { always: phases.filter((p) => p !== phase).map((p) => ({ guard: ({ context: context3 }) => senderPhase(context3.sender) === p, target: p })) }
    ])
  )
});

// machines/guest-tcp.ts
var guestTcpMachine = tcpEndpointMachine("guest-tcp");

// src/net/tcp-endpoint-actor.ts
var TcpEndpointActor = class {
  constructor(sim, id, machine, input, execute, snapshot, gate = (fire) => fire()) {
    this.id = id;
    this.gate = gate;
    this.machine = new MachineActor(sim, id, machine, input, (c) => !this.stopped && execute(c), snapshot);
    sim.register(this);
    if (snapshot !== void 0) this.rearmTimers();
  }
  id;
  gate;
  machine;
  stopped = false;
  /** A timer fired (the only events the kernel delivers here). */
  deliver(event) {
    this.gate(() => this.send(event));
  }
  send(event) {
    if (!this.stopped) this.machine.send(event);
  }
  state() {
    return this.machine.state();
  }
  get context() {
    return this.machine.context();
  }
  persisted() {
    return this.machine.persisted();
  }
  /** The host crashed: no more timers, no more commands. */
  stop() {
    this.stopped = true;
    this.machine.cancelTimers();
  }
  /** A restored connection's timers ran in the old host; they start again here, whole (the guest lost the time in between). */
  rearmTimers() {
    const { sender, receiver } = this.context;
    if (sender.rtoArmed) this.machine.arm(RTO_TIMER, sender.rtoUs);
    if (sender.persistArmed) this.machine.arm(PERSIST_TIMER, sender.rtoUs);
    if (receiver.delackArmed) this.machine.arm(DELACK_TIMER, receiver.delayedAckUs);
  }
};

// src/net/byte-queue.ts
var ByteQueue = class {
  buf;
  head = 0;
  tail = 0;
  constructor(initial = new Uint8Array(0)) {
    this.buf = new Uint8Array(Math.max(1024, initial.length * 2));
    this.buf.set(initial);
    this.tail = initial.length;
  }
  get length() {
    return this.tail - this.head;
  }
  append(bytes) {
    if (this.tail + bytes.length > this.buf.length) {
      const live = this.tail - this.head;
      if (live + bytes.length <= this.buf.length) this.buf.copyWithin(0, this.head, this.tail);
      else {
        const next = new Uint8Array(2 * (live + bytes.length));
        next.set(this.buf.subarray(this.head, this.tail));
        this.buf = next;
      }
      this.tail = live;
      this.head = 0;
    }
    this.buf.set(bytes, this.tail);
    this.tail += bytes.length;
  }
  /** Forget the first `n` bytes. */
  drop(n) {
    this.head = Math.min(this.tail, this.head + n);
  }
  /** A copy of bytes [from, from + len) counted from the front. */
  copy(from, len) {
    return this.buf.slice(this.head + from, Math.min(this.tail, this.head + from + len));
  }
  /** A copy of everything held. */
  toBytes() {
    return this.buf.slice(this.head, this.tail);
  }
};

// src/net/guest-stack.ts
var GuestStack = class {
  constructor(sim, host, params, clients, requestBytes, apps, out, restored) {
    this.sim = sim;
    this.params = params;
    this.requestBytes = requestBytes;
    this.apps = apps;
    this.out = out;
    const input = {
      mss: params.mss,
      cc: params.mode === "spec-ack+racc" ? "racc" : "newreno",
      peerWindowBytes: params.clientReceiveBufferBytes,
      receiveBufferBytes: params.guestReceiveBufferBytes
    };
    clients.forEach((client, i) => {
      const saved = restored?.[client];
      const conn = {
        client,
        bulk: i < params.bulkClients,
        actor: void 0,
        bufStart: saved?.bufStart ?? 0,
        bytes: new ByteQueue(saved?.bytes),
        frames: saved ? saved.frames.map(([e, r]) => [e, r]) : [],
        received: saved?.received ?? 0,
        requests: saved?.requests ?? 0
      };
      conn.actor = new TcpEndpointActor(
        sim,
        `${host}-tcp-${client}`,
        guestTcpMachine,
        input,
        (c) => this.execute(conn, c),
        saved?.machine,
        (fire) => this.whenRunning(() => {
          fire();
          this.afterAck(conn);
        })
      );
      this.conns.set(client, conn);
    });
  }
  sim;
  params;
  requestBytes;
  apps;
  out;
  conns = /* @__PURE__ */ new Map();
  paused = false;
  waiting = [];
  /** Bulk flows start writing (once the guest runs: the initial sync pauses it first). */
  start() {
    this.whenRunning(() => {
      for (const c of this.conns.values()) this.topUp(c);
    });
  }
  /** A packet from `client`: an acknowledgement of the guest's data, the client's own data, or both. */
  fromClient(client, p) {
    this.whenRunning(() => {
      const conn = this.conns.get(client);
      if (!conn) return;
      const now = this.sim.now;
      if (p.ack !== void 0) conn.actor.send({ type: "ack", now, ack: p.ack, window: p.window ?? 0 });
      if (p.len) conn.actor.send({ type: "data", now, seq: p.seq, len: p.len });
      this.afterAck(conn);
    });
  }
  /** The hypervisor acknowledges the guest's data itself (speculative communication). */
  speculativeAck(client, ack, window2, bufferFree) {
    this.whenRunning(() => {
      const conn = this.conns.get(client);
      conn.actor.send({ type: "ack", now: this.sim.now, ack, window: window2, speculative: true, bufferFree });
      this.afterAck(conn);
    });
  }
  pause() {
    this.paused = true;
  }
  resume() {
    this.paused = false;
    for (const f of this.waiting.splice(0)) f();
  }
  stop() {
    for (const c of this.conns.values()) c.actor.stop();
    this.waiting.length = 0;
  }
  /** Every connection as plain data, for a checkpoint. */
  snapshot() {
    const out = {};
    for (const c of this.conns.values())
      out[c.client] = { machine: c.actor.persisted(), bufStart: c.bufStart, bytes: c.bytes.toBytes(), frames: c.frames.map(([e, r]) => [e, r]), received: c.received, requests: c.requests };
    return out;
  }
  /** Where each stream stands: acknowledged (to the guest's knowledge) and written. */
  streams() {
    return new Map([...this.conns.values()].map((c) => [c.client, { una: c.actor.context.sender.sndUna, end: c.bufStart + c.bytes.length }]));
  }
  whenRunning(f) {
    if (this.paused) this.waiting.push(f);
    else f();
  }
  execute(conn, cmd) {
    const now = this.sim.now;
    switch (cmd.type) {
      case "segment.send": {
        const bytes = conn.bytes.copy(cmd.seq - conn.bufStart, cmd.len);
        const frame = conn.frames.find(([end]) => end >= cmd.seq + cmd.len) ?? conn.frames[conn.frames.length - 1] ?? [cmd.seq + cmd.len, 0];
        const r = conn.actor.context.receiver;
        this.out({ client: conn.client, offset: cmd.seq, len: bytes.length, reqSeq: frame[1], respEnd: frame[0], producedAt: now, bytes, epoch: -1, retransmit: cmd.retransmit, ack: r.lastAck, window: r.rightEdge - r.lastAck });
        return;
      }
      case "ack.send": {
        const s = conn.actor.context.sender;
        this.out({ client: conn.client, offset: s.sndNxt, len: 0, reqSeq: 0, respEnd: 0, producedAt: now, bytes: new Uint8Array(0), epoch: -1, ack: cmd.ack, window: cmd.window });
        return;
      }
      case "deliver":
        conn.received += cmd.len;
        while (conn.received >= (conn.requests + 1) * this.requestBytes) {
          conn.requests++;
          const body = this.apps.respond(conn.client, conn.requests);
          if (body) this.write(conn, body, conn.requests);
        }
        return;
    }
  }
  /** The application writes `body` (the response to `reqSeq`, or bulk data with 0). */
  write(conn, body, reqSeq) {
    const end = conn.bufStart + conn.bytes.length + body.length;
    conn.bytes.append(body);
    if (reqSeq > 0) conn.frames.push([end, reqSeq]);
    this.apps.wrote(conn.client, end);
    conn.actor.send({ type: "app.write", now: this.sim.now, bytes: body.length });
  }
  /** Acknowledged bytes leave the send buffer; a bulk flow fills the room. */
  afterAck(conn) {
    const una = conn.actor.context.sender.sndUna;
    if (una > conn.bufStart) {
      conn.bytes.drop(una - conn.bufStart);
      conn.bufStart = una;
      while (conn.frames.length && conn.frames[0][0] <= una) conn.frames.shift();
    }
    this.topUp(conn);
  }
  topUp(conn) {
    if (!conn.bulk) return;
    const room = this.params.guestSendBufferBytes - conn.bytes.length;
    if (room >= this.params.mss) this.write(conn, this.apps.bulk(conn.client, room), 0);
  }
};

// src/net/spec-relay.ts
var SpecRelay = class {
  constructor(sim, id, params, client, base, send) {
    this.sim = sim;
    this.client = client;
    this.base = base;
    this.send = send;
    this.forgottenThrough = base;
    this.end = base;
    const input = { mss: params.mss, cc: "newreno", peerWindowBytes: params.clientReceiveBufferBytes, resumesStream: true };
    this.actor = new TcpEndpointActor(sim, id, guestTcpMachine, input, (c) => this.execute(c));
  }
  sim;
  client;
  base;
  send;
  actor;
  /** Released packets not yet acknowledged by the client, in stream order. */
  packets = [];
  end;
  /** Planted bug drop-released-unacked: released bytes counted as delivered. */
  forgottenThrough = 0;
  /** What the client has acknowledged: everything before it is delivered for good. */
  get acked() {
    return Math.max(this.base + this.actor.context.sender.sndUna, this.forgottenThrough);
  }
  /** One past the last byte released into the relay. */
  get releasedThrough() {
    return this.end;
  }
  /** Bytes the relay holds: released and not yet acknowledged. */
  get holding() {
    return this.end - this.acked;
  }
  /** A released packet of this stream (in order; bytes the relay already has are skipped). */
  add(whole) {
    if (whole.offset + whole.len <= this.end) return;
    if (whole.offset > this.end) return;
    const skip = this.end - whole.offset;
    const p = skip === 0 ? whole : { ...whole, offset: this.end, len: whole.len - skip, bytes: whole.bytes.subarray(skip) };
    this.packets.push(p);
    this.end += p.len;
    this.actor.send({ type: "app.write", now: this.sim.now, bytes: p.len });
  }
  /** Planted bug drop-released-unacked: the packet was sent once and is forgotten. */
  forget(p) {
    this.end = Math.max(this.end, p.offset + p.len);
    this.forgottenThrough = this.end;
  }
  /** The client's acknowledgement, absorbed here: the guest never sees it. */
  clientAck(ack, window2) {
    if (ack < this.base) return;
    this.actor.send({ type: "ack", now: this.sim.now, ack: Math.min(ack, this.end) - this.base, window: window2 });
    const acked = this.acked;
    while (this.packets.length && this.packets[0].offset + this.packets[0].len <= acked) this.packets.shift();
  }
  stop() {
    this.actor.stop();
  }
  execute(cmd) {
    if (cmd.type !== "segment.send") return;
    this.send(this.assemble(this.base + cmd.seq, cmd.len, cmd.retransmit));
  }
  /** The first held packet that ends after `offset` (binary search). */
  indexOf(offset) {
    let lo = 0;
    let hi = this.packets.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (this.packets[mid].offset + this.packets[mid].len <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** The bytes [from, from + len) out of the packets held, as one segment: the newest epoch among them, the oldest production time. */
  assemble(from, len, retransmit) {
    const bytes = new Uint8Array(len);
    let first;
    let epoch = -1;
    let respEnd = 0;
    let reqSeq = 0;
    for (let i = this.indexOf(from); i < this.packets.length && this.packets[i].offset < from + len; i++) {
      const p = this.packets[i];
      const lo = Math.max(from, p.offset);
      const hi = Math.min(from + len, p.offset + p.len);
      bytes.set(p.bytes.subarray(lo - p.offset, hi - p.offset), lo - from);
      first ??= p;
      epoch = Math.max(epoch, p.epoch);
      respEnd = p.respEnd;
      reqSeq = p.reqSeq;
    }
    return { client: this.client, offset: from, len, reqSeq, respEnd, producedAt: first?.producedAt ?? this.sim.now, bytes, epoch, retransmit };
  }
};

// src/net/tcp-params.ts
var isSpeculative = (mode) => mode === "spec-ack" || mode === "spec-ack+racc";

// src/net/hypervisor-net.ts
var HypervisorNet = class {
  constructor(sim, host, params, network, hold, bug, mayRelease = () => true) {
    this.sim = sim;
    this.host = host;
    this.params = params;
    this.network = network;
    this.hold = hold;
    this.bug = bug;
    this.mayRelease = mayRelease;
  }
  sim;
  host;
  params;
  network;
  hold;
  bug;
  mayRelease;
  relays = /* @__PURE__ */ new Map();
  /** Speculation: the next byte of each stream the hypervisor will accept (everything before it is acknowledged to the guest). */
  accepted = /* @__PURE__ */ new Map();
  clientWindow = /* @__PURE__ */ new Map();
  stack;
  get speculative() {
    return isSpeculative(this.params.mode) && this.hold !== void 0;
  }
  /** The guest this hypervisor serves; with speculation, a relay per client from where its acknowledgements stand (a restored backup: as of its checkpoint). */
  attach(stack, clientAcked = {}) {
    this.stack = stack;
    for (const [client, s] of stack.streams()) {
      this.accepted.set(client, s.una);
      if (isSpeculative(this.params.mode)) this.relay(client, clientAcked[client] ?? 0);
    }
  }
  /** The replica is gone (or never was): from now on packets leave at once. */
  unprotect() {
    this.hold = void 0;
  }
  /** A packet the guest sent. */
  fromGuest(p) {
    if (!this.hold) return this.network.toClient(this.host, p, "unprotected");
    if (!this.speculative || p.len === 0) return this.hold(p);
    const next = this.accepted.get(p.client);
    const fits = this.owned() < this.params.specBufferBytes;
    if (p.offset === next && fits) {
      this.hold(p);
      this.accepted.set(p.client, next + p.len);
    }
    this.ackGuest(p.client);
  }
  fromClient(p) {
    if (p.window !== void 0) this.clientWindow.set(p.client, p.window);
    const relay = this.relays.get(p.client);
    if (relay && p.ack !== void 0) {
      relay.clientAck(p.ack, p.window ?? 0);
      if (this.hold) {
        if (this.params.mode === "spec-ack+racc") this.ackGuest(p.client);
        if (p.len) this.stack?.fromClient(p.client, { seq: p.seq, len: p.len });
        return;
      }
    }
    this.stack?.fromClient(p.client, p);
  }
  /** Epoch packets whose checkpoint committed (`protected`), or that a restored backup owed (`owed`). */
  release(packets, mode) {
    for (const p of packets) {
      const relay = this.relays.get(p.client);
      if (!relay || p.len === 0) this.network.toClient(this.host, p, mode);
      else if (this.bug === "drop-released-unacked") {
        this.network.toClient(this.host, p, mode);
        relay.forget(p);
      } else relay.add(p);
    }
  }
  /** With speculation: what each client has acknowledged to the relay (a checkpoint carries it, so a backup can drop what it need not owe). */
  clientAcked() {
    return Object.fromEntries([...this.relays].map(([c, r]) => [c, r.acked]));
  }
  /** With speculation: per client, the bytes this hypervisor owns, from what the client acknowledged to what the guest was told is acknowledged. */
  owes() {
    return Object.fromEntries([...this.relays].map(([c, r]) => [c, [r.acked, this.accepted.get(c)]]));
  }
  stop() {
    for (const r of this.relays.values()) r.stop();
  }
  owned() {
    let n = 0;
    for (const [client, next] of this.accepted) n += next - (this.relays.get(client)?.acked ?? 0);
    return n;
  }
  ackGuest(client) {
    const window2 = this.clientWindow.get(client) ?? this.params.clientReceiveBufferBytes;
    const free2 = Math.max(0, this.params.specBufferBytes - this.owned());
    this.stack?.speculativeAck(client, this.accepted.get(client), window2, free2);
  }
  relay(client, base) {
    const mode = () => this.host === "backup" ? "owed" : this.hold ? "protected" : "unprotected";
    const send = (s) => this.mayRelease() && this.network.toClient(this.host, s, mode());
    const relay = new SpecRelay(this.sim, `${this.host}-relay-${client}`, this.params, client, base, send);
    this.relays.set(client, relay);
  }
};

// src/net/guest-net.ts
var guestTcp = (o) => {
  const hyper = new HypervisorNet(o.sim, o.host, o.net.tcp, o.network, o.hold, o.bug, o.mayRelease);
  const stack = new GuestStack(o.sim, o.host, o.net.tcp, o.net.clients, o.net.requestBytes, o.apps, (p) => hyper.fromGuest(p), o.restored);
  hyper.attach(stack, o.clientAcked);
  return { stack, hyper };
};

// src/hosts/checkpoint-wire.ts
var HEADER_PART_BYTES = 64;
var PART_OVERHEAD_BYTES = 16;
var COMMIT_BYTES = 32;
var ACK_BYTES = 32;
var HEARTBEAT_BYTES = 32;
var SEGMENT_RECORD_BYTES = 24;
var DISK_WRITE_RECORD_BYTES = 16;
var softSetBytes = (soft) => soft.length ? Math.min(4 * soft.length, Math.ceil((soft[soft.length - 1] + 1) / 8)) : 0;
var encodeCheckpoint = (cp, chunkPages) => {
  const out = [];
  const pages = cp.pages.stats.pages;
  const header = { kind: "header", vcpu: cp.vcpu, device: cp.device, output: cp.output, disk: cp.disk, soft: cp.soft, releasedThrough: cp.releasedThrough, ...cp.clientAcked ? { clientAcked: cp.clientAcked } : {} };
  const headerBytes = HEADER_PART_BYTES + stateWireBytes({ vcpu: cp.vcpu, device: cp.device }) + cp.output.reduce((n, s) => n + s.len + SEGMENT_RECORD_BYTES, 0) + cp.disk.reduce((n, w) => n + w.bytes.length + DISK_WRITE_RECORD_BYTES, 0) + softSetBytes(cp.soft);
  out.push({ message: { kind: "part", epoch: cp.epoch, part: 0, pages: 0, payload: header }, bytes: headerBytes });
  for (let first = 0, part = 1; first < pages; first += chunkPages, part++) {
    const n = Math.min(chunkPages, pages - first);
    const { bytes, offsets, wire } = cp.pages;
    const records = bytes.subarray(offsets[first], offsets[first + n]);
    const payload = { kind: "pages", records };
    out.push({ message: { kind: "part", epoch: cp.epoch, part, pages: n, payload }, bytes: PART_OVERHEAD_BYTES + wire[first + n] - wire[first] });
  }
  out.push({ message: { kind: "commit", epoch: cp.epoch, parts: out.length, pages }, bytes: COMMIT_BYTES });
  return out;
};

// src/hosts/guest-execution.ts
var GuestExecution = class {
  constructor(tickUs, slice, startUs) {
    this.tickUs = tickUs;
    this.slice = slice;
    this.through = startUs;
  }
  tickUs;
  slice;
  through;
  paused = false;
  stopped = false;
  /** Run every slice due in (last catch-up, now]. */
  catchUp(now) {
    if (this.stopped) return;
    if (!this.paused) {
      for (let k = Math.floor(this.through / this.tickUs) + 1; k * this.tickUs <= now; k++) this.slice();
    }
    this.through = Math.max(this.through, now);
  }
  pause(now) {
    this.catchUp(now);
    this.paused = true;
  }
  /** Slices that fell inside the pause never ran. */
  resume(now) {
    this.through = Math.max(this.through, now);
    this.paused = false;
  }
  /** A crash or a halt: the guest never runs again. */
  stop() {
    this.stopped = true;
  }
};

// src/hosts/host-lifecycle.ts
var crashStop = (kernel, host, machine, stopWork) => {
  machine.send({ type: "crash" });
  machine.cancelTimers();
  stopWork();
  kernel.observe({ kind: "crash", host });
  kernel.schedule(kernel.now, "link", { type: "endpoint.crash", host });
};
var answerClaim = (kernel, host, machine, granted) => {
  kernel.observe({ kind: "lease", host, granted });
  machine.send({ type: "lease.result", granted });
};

// src/hosts/progress-sample.ts
var PROGRESS_SAMPLE_US = 1e4;
var observeProgress = (kernel, host, guest) => {
  if (guest.cache) kernel.observe({ kind: "file-ops", host, ops: guest.cache.state.ops });
};
var sampleProgress = (kernel, host, guest, execution) => {
  execution.catchUp(kernel.now);
  observeProgress(kernel, host, guest);
  kernel.after(PROGRESS_SAMPLE_US, host, { type: "guest.sample" });
};

// src/hosts/backup-host.ts
var BackupHost = class {
  constructor(kernel, params, link, network, record, injector, storage, share) {
    this.kernel = kernel;
    this.params = params;
    this.link = link;
    this.network = network;
    this.record = record;
    this.injector = injector;
    this.storage = storage;
    this.share = share;
    share?.pool.onHostCrash(() => this.crash());
    this.image = new GuestMemory(params.pages, false, kernel.reusable(params.pages * PAGE_SIZE, () => this.image.zeroWritten()));
    this.held = new Uint8Array(params.pages);
    this.machine = new MachineActor(
      kernel,
      this.id,
      backupMachine,
      {
        detectionTimeoutUs: params.detectionTimeoutUs,
        // Planted bug no-heartbeat: never send one.
        heartbeatUs: params.bug === "no-heartbeat" ? 0 : params.heartbeatUs,
        restoreUs: params.restoreUs,
        applyUsPerPage: params.applyUsPerPage,
        ackOnFirstPart: params.bug === "ack-before-complete",
        skipFence: params.bug === "no-fence"
      },
      (c) => this.execute(c)
    );
  }
  kernel;
  params;
  link;
  network;
  record;
  injector;
  storage;
  share;
  id = "backup";
  machine;
  image;
  vcpu;
  device;
  staging = /* @__PURE__ */ new Map();
  complete = /* @__PURE__ */ new Set();
  appliedEpoch = -1;
  /** What applied checkpoints made that the primary may not have released, by epoch: packets for the clients, disk writes for shared storage. */
  owed = /* @__PURE__ */ new Map();
  /** The newest write this host sent to the store, per block (read your writes). */
  sentToStore = /* @__PURE__ */ new Map();
  /** Pages the backup holds (1), for soft-page filtering: a dropped soft page is not in its memory. */
  held;
  heldPages = 0;
  /** A checkpoint named soft pages: the primary filters, so the backup drops and at failover rebuilds. */
  filtering = false;
  /** Speculation: how far each client had acknowledged the primary's relay, as of the newest applied checkpoint. */
  clientAcked = {};
  /** With real TCP, once restored: the guest's connections and this host's hypervisor side of them. */
  tcp;
  /** The checkpoint restore() put in place. */
  restoredAs;
  guest;
  execution;
  active = false;
  down = false;
  /** Planted bug restore-stale-checkpoint: what the newest apply overwrote, to roll back to. */
  undo;
  state() {
    return this.machine.state();
  }
  deliver(event) {
    if (this.machine.matches("crashed")) return;
    const e = event;
    switch (event.type) {
      case "repl.msg":
        return this.onMessage(e.message);
      case "timer":
      case "link.down":
        return this.machine.send(event);
      case "fault.crash":
        return this.crash();
      case "guest.sample":
        return this.down || !this.guest || !this.execution ? void 0 : sampleProgress(this.kernel, "backup", this.guest, this.execution);
      case "storage.claim-done": {
        const granted = this.record.claimForBackup();
        if (!granted) this.share?.pool.charge(this.share.vm, this.heldPages);
        return answerClaim(this.kernel, "backup", this.machine, granted);
      }
      case "client.request":
        return this.onRequest(e.client, e.seq);
      case "client.packet":
        if (!this.active || !this.tcp) return;
        this.execution?.catchUp(this.kernel.now);
        return this.tcp.hyper.fromClient(e);
    }
  }
  onMessage(m) {
    if (m.kind === "part") {
      const payload = m.payload;
      if (this.params.bug === "apply-torn-checkpoint" && payload.kind === "pages") payload.decoded = decodeRecords(payload.records, this.image.bytes, this.image.writtenPages);
      const parts2 = this.staging.get(m.epoch) ?? [];
      parts2.push(payload);
      this.staging.set(m.epoch, parts2);
      this.machine.send({ type: "repl.part", epoch: m.epoch, part: m.part, pages: m.pages });
      if (m.part === 1 && this.machine.matches("standby")) this.injector.reached("mid-transfer", m.epoch);
    } else if (m.kind === "commit") {
      this.machine.send({ type: "repl.commit", epoch: m.epoch, parts: m.parts, pages: m.pages });
    }
  }
  onRequest(client, seq) {
    if (!this.active || !this.guest) return;
    this.execution?.catchUp(this.kernel.now);
    for (const s of this.guest.handleRequest(client, seq, this.kernel.now)) {
      s.epoch = this.appliedEpoch + 1;
      this.network.toClient("backup", s, "unprotected");
    }
  }
  crash() {
    if (this.down) return;
    this.down = true;
    crashStop(this.kernel, "backup", this.machine, () => {
      this.execution?.stop();
      this.tcp?.stack.stop();
      this.tcp?.hyper.stop();
      this.active = false;
    });
    this.share?.pool.charge(this.share.vm, 0);
    this.share?.pool.hostCrashed();
  }
  /**
   * Decode a whole staged checkpoint into the image, in send order. Runs inside
   * one event: atomic with respect to a crash. Returns the pages' digest when a
   * compressor is on (the compression-roundtrip ground truth).
   */
  apply(epoch) {
    const parts2 = this.staging.get(epoch) ?? [];
    this.staging.delete(epoch);
    if (this.params.bug === "restore-stale-checkpoint") this.undo = this.undoRecord(parts2);
    const written = [];
    for (const p of parts2) {
      if (p.kind === "pages") written.push(p.decoded ?? decodeRecords(p.records, this.image.bytes, this.image.writtenPages));
      else this.applyHeader(epoch, p);
    }
    for (const w of written) for (let i = 0; i < w.length; i++) this.hold(w[i], true);
    this.appliedEpoch = epoch;
    this.complete.delete(epoch);
    if (this.params.compression.compressor === "none") return void 0;
    return this.image.pagesDigest(concat(written));
  }
  applyObserved(epoch) {
    const pagesDigest = this.apply(epoch);
    const held = this.filtering ? { heldPages: this.heldPages } : {};
    this.kernel.observe({ kind: "apply", epoch, ...pagesDigest ? { pagesDigest } : {}, ...held });
    this.share?.pool.charge(this.share.vm, this.heldPages);
  }
  /** Hold a page, or drop it: a dropped soft page's memory is freed (zeroed here) until a checkpoint sends it again. */
  hold(page, on) {
    if (this.held[page] === (on ? 1 : 0)) return;
    this.held[page] = on ? 1 : 0;
    this.heldPages += on ? 1 : -1;
    if (!on) this.image.bytes.fill(0, page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  }
  undoRecord(parts2) {
    const indices = Int32Array.from(parts2.flatMap((p) => p.kind === "pages" ? [...recordPages(p.records)] : []));
    const data = new Uint8Array(indices.length * PAGE_SIZE);
    indices.forEach((page, i) => data.set(this.image.bytes.subarray(page * PAGE_SIZE, (page + 1) * PAGE_SIZE), i * PAGE_SIZE));
    return { epoch: this.appliedEpoch, pages: { indices, data }, vcpu: this.vcpu, device: this.device };
  }
  applyHeader(epoch, h) {
    this.vcpu = h.vcpu;
    this.device = h.device;
    this.owed.set(epoch, { packets: h.output, writes: h.disk });
    if (h.soft.length) this.filtering = true;
    for (const p of h.soft) this.hold(p, false);
    if (h.clientAcked) this.clientAcked = h.clientAcked;
    for (const [e, o] of [...this.owed]) {
      if (e > h.releasedThrough) continue;
      if (!h.clientAcked) {
        this.owed.delete(e);
        continue;
      }
      o.writes = [];
      o.packets = o.packets.filter((p) => p.len > 0 && p.offset + p.len > (h.clientAcked[p.client] ?? 0));
      if (!o.packets.length) this.owed.delete(e);
    }
  }
  execute(cmd) {
    if (this.down) return;
    switch (cmd.type) {
      case "checkpoint.complete":
        this.complete.add(cmd.epoch);
        this.kernel.observe({ kind: "checkpoint-complete", epoch: cmd.epoch });
        return;
      case "apply": {
        this.applyObserved(cmd.epoch);
        this.injector.reached("after-apply-before-ack", cmd.epoch);
        return;
      }
      case "ack.send":
        this.link.send("backup", "primary", ACK_BYTES, { kind: "ack", epoch: cmd.epoch });
        this.kernel.observe({ kind: "ack-sent", epoch: cmd.epoch });
        return;
      case "heartbeat.send":
        this.link.send("backup", "primary", HEARTBEAT_BYTES, { kind: "heartbeat", epoch: -1 });
        return;
      case "failover.detected":
        this.kernel.observe({ kind: "failover-detected" });
        return;
      case "lease.claim": {
        const refused = this.share?.pool.claimForFailover(this.share.vm, this.params.pages);
        if (refused) {
          this.kernel.observe({ kind: "failover-refused", reason: refused });
          return answerClaim(this.kernel, "backup", this.machine, false);
        }
        this.kernel.after(this.params.storageLatencyUs, this.id, { type: "storage.claim-done" });
        return;
      }
      case "restore":
        this.injector.reached("during-failover", cmd.epoch);
        return this.down ? void 0 : this.restore(cmd.epoch);
      case "resume":
        return this.resume(cmd.epoch);
      case "stand-down":
        return;
    }
  }
  /** Apply every complete checkpoint up to `epoch`, discard partial ones, and build the guest. */
  restore(epoch) {
    for (const e of [...this.complete].sort((a, b) => a - b)) if (e > this.appliedEpoch && e <= epoch) this.applyObserved(e);
    this.staging.clear();
    if (this.params.bug === "restore-stale-checkpoint" && this.undo?.vcpu) {
      this.image.applyPages(this.undo.pages);
      this.vcpu = this.undo.vcpu;
      this.device = this.undo.device;
      epoch = this.undo.epoch;
      for (const e of [...this.owed.keys()]) if (e > epoch) this.owed.delete(e);
    }
    const vcpu = this.vcpu;
    const device = this.device;
    for (const e of this.owedEpochs()) {
      this.sendToStore(this.owed.get(e).writes, "owed");
      this.owed.get(e).writes = [];
    }
    this.restoredAs = epoch;
    const rebuilt = this.filtering ? this.rebuildSoftPages(device) : [];
    const streams = Object.fromEntries(Object.entries(device.conns).map(([client, c]) => [client, c.txOffset]));
    const owes = device.tcp && Object.keys(this.clientAcked).length ? { owes: this.owedStreams() } : {};
    this.kernel.observe({ kind: "restore", epoch, digest: stateDigest(this.image.fullDigest(), vcpu, device), streams, ...owes });
    if (this.filtering) this.kernel.observe({ kind: "soft-rebuilt", epoch, pages: rebuilt.length, heldPages: this.heldPages });
    this.share?.pool.charge(this.share.vm, this.params.pages);
    const nondet = this.kernel.rng("backup/nondet");
    this.guest = new Guest(this.image, structuredClone(vcpu), structuredClone(device), this.params.workload, nondet, this.diskIo);
    const dropped = new Set(rebuilt);
    this.guest.cache?.forget((page) => dropped.has(page));
  }
  /**
   * Rebuild the pages the backup dropped from shared storage (after the owed
   * writes), so the restored image can be checked against the checkpoint's
   * digest: soft pages must be "equal or rebuilt from storage content that
   * matches that checkpoint" (primer, section 3). Returns the pages rebuilt.
   */
  rebuildSoftPages(device) {
    const cache2 = device.cache;
    if (!cache2) return [];
    const first = this.params.pages - cache2.block.length;
    const rebuilt = [];
    for (let s = 0; s < cache2.block.length; s++) {
      const page = first + s;
      if (this.held[page] || cache2.block[s] < 0) continue;
      this.image.writable(page).set(this.diskIo.read(cache2.block[s]).subarray(0, PAGE_SIZE));
      rebuilt.push(page);
    }
    return rebuilt;
  }
  /** With speculation: per client, the bytes this backup can send, contiguous from where the client's acknowledgements stood. */
  owedStreams() {
    const out = {};
    for (const [client, acked] of Object.entries(this.clientAcked)) {
      let end = acked;
      for (const e of this.owedEpochs())
        for (const p of this.owed.get(e).packets) if (p.client === client && p.len > 0 && p.offset <= end) end = Math.max(end, p.offset + p.len);
      out[client] = [acked, end];
    }
    return out;
  }
  owedEpochs() {
    return [...this.owed.keys()].sort((a, b) => a - b);
  }
  sendToStore(writes, mode) {
    for (const w of writes) this.sentToStore.set(w.block, w.bytes);
    this.storage.issue("backup", writes, mode);
  }
  /** The restored guest's path to shared storage: it runs alone, so its writes go out at once. */
  diskIo = {
    read: (block) => this.sentToStore.get(block) ?? this.storage.store.read(block),
    write: (block, bytes) => {
      const write2 = { block, bytes, epoch: this.appliedEpoch + 1, digest: hashBytes(bytes) };
      this.kernel.observe({ kind: "disk-write", host: "backup", epoch: write2.epoch, block, digest: write2.digest });
      this.sendToStore([write2], "unprotected");
    }
  };
  /**
   * The restored guest's TCP connections, from its checkpoint, behind a
   * hypervisor side with no replica. With speculation a relay per client
   * takes over the released bytes the primary's relay still owed, from where
   * the client's acknowledgements stood at that checkpoint.
   */
  restoreTcp(net) {
    const guest = this.guest;
    return guestTcp({ sim: this.kernel, host: "backup", net, network: this.network, apps: guest, bug: this.params.bug, restored: guest.device.tcp, clientAcked: this.clientAcked });
  }
  /** Take the VM's address, release what the restored checkpoint still owes, and run. */
  resume(epoch) {
    this.network.announce("backup");
    if (this.params.net) this.tcp = this.restoreTcp(this.params.net);
    for (const e of this.owedEpochs()) {
      const packets = this.owed.get(e).packets;
      if (this.tcp) this.tcp.hyper.release(packets, "owed");
      else for (const s of packets) this.network.toClient("backup", s, "owed");
    }
    this.owed.clear();
    this.active = true;
    this.kernel.observe({ kind: "resumed", epoch: this.restoredAs ?? epoch });
    const guest = this.guest;
    this.execution = new GuestExecution(this.params.workload.tickUs, () => guest.tick(), this.kernel.now);
    this.tcp?.stack.start();
    if (guest.cache) {
      observeProgress(this.kernel, "backup", guest);
      this.kernel.after(PROGRESS_SAMPLE_US, this.id, { type: "guest.sample" });
    }
  }
};
var concat = (parts2) => {
  const out = new Int32Array(parts2.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts2) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

// src/hosts/backup-pool.ts
var BackupPool = class {
  constructor(kernel, capacityPages) {
    this.kernel = kernel;
    this.capacityPages = capacityPages;
  }
  kernel;
  capacityPages;
  admitted = [];
  charges = /* @__PURE__ */ new Map();
  crashes = [];
  total = 0;
  /** Admit `vm` or refuse it; the fact says which and why, in one line. */
  admit(vm, reservePages, pages) {
    const members = [...this.admitted, { vm, reservePages, pages }];
    const reserved = members.reduce((n, m) => n + m.reservePages, 0);
    const headroom = Math.max(...members.map((m) => m.pages - m.reservePages));
    const free2 = this.capacityPages - this.admitted.reduce((n, m) => n + m.reservePages, 0);
    const admitted = reserved + headroom <= this.capacityPages;
    const reason = admitted ? `reserved ${reservePages} pages; ${this.capacityPages - reserved} of ${this.capacityPages} left, ${headroom} kept for one failover` : `backup full: ${vm} needs ${reservePages} pages and ${headroom} must stay free for one failover, but only ${free2} of ${this.capacityPages} are not reserved`;
    this.kernel.observe({ kind: "admission", guest: vm, admitted, reservePages, reason });
    if (admitted) this.admitted.push(members[members.length - 1]);
    return admitted;
  }
  /** `vm` now costs the backup `pages`. */
  charge(vm, pages) {
    const before2 = this.charges.get(vm) ?? 0;
    if (before2 === pages) return;
    this.charges.set(vm, pages);
    this.total += pages - before2;
    this.kernel.observe({ kind: "backup-charge", guest: vm, pages, totalPages: this.total, capacityPages: this.capacityPages });
  }
  /**
   * `vm`'s backup wants to fail over: its restored guest will need all
   * `pages`. Admission kept room for one failover; a second at once may not
   * fit. If it fits the memory is taken now (before the record is claimed, so
   * two failovers cannot both count on the same room); if not, the reason.
   */
  claimForFailover(vm, pages) {
    const after = this.total - (this.charges.get(vm) ?? 0) + pages;
    if (after > this.capacityPages)
      return `no room to restore ${vm}: it needs ${pages} pages, the backup would hold ${after} of ${this.capacityPages} (admission keeps room for one failover at a time)`;
    this.charge(vm, pages);
    return void 0;
  }
  /** Register how to crash one VM's share of the host. */
  onHostCrash(crash) {
    this.crashes.push(crash);
  }
  /** The backup host went down: every VM's backup with it. */
  hostCrashed() {
    for (const crash of this.crashes) crash();
  }
};

// machines/client.ts
var THINK = "think";
var RTO = "rto";
var clientMachine = setup({
  types: {
    context: {},
    events: {},
    emitted: {},
    input: {}
  },
  guards: {
    thinkOver: ({ event }) => event.type === "timer" && event.name === THINK,
    rtoFired: ({ event }) => event.type === "timer" && event.name === RTO,
    responseComplete: ({ context: context3, event }) => {
      if (event.type !== "segment") return false;
      const end = event.reqSeq === context3.seq ? event.respEnd : context3.expectEnd;
      return end >= 0 && event.receivedThrough >= end;
    },
    moreToSend: ({ context: context3 }) => context3.maxRequests <= 0 || context3.completed < context3.maxRequests
  },
  actions: {
    noteSegment: assign(
      ({ context: context3, event }) => event.type !== "segment" ? {} : {
        receivedThrough: Math.max(context3.receivedThrough, event.receivedThrough),
        expectEnd: event.reqSeq === context3.seq ? event.respEnd : context3.expectEnd
      }
    ),
    think: emit(({ context: context3 }) => ({ type: "timer.set", name: THINK, afterUs: context3.thinkUs }))
  }
}).createMachine({
  id: "client",
  context: ({ input }) => ({
    ...input,
    rtoUs: input.minRtoUs,
    seq: 0,
    expectEnd: -1,
    receivedThrough: 0,
    completed: 0,
    retransmits: 0
  }),
  initial: "idle",
  states: {
    idle: { on: { start: { target: "thinking" } } },
    thinking: {
      entry: "think",
      on: {
        timer: {
          guard: "thinkOver",
          target: "awaiting",
          actions: [
            assign({ seq: ({ context: context3 }) => context3.seq + 1, expectEnd: -1, rtoUs: ({ context: context3 }) => context3.minRtoUs }),
            emit(({ context: context3 }) => ({ type: "request.send", seq: context3.seq, retransmit: false })),
            emit(({ context: context3 }) => ({ type: "timer.set", name: RTO, afterUs: context3.rtoUs }))
          ]
        },
        segment: { actions: "noteSegment" }
      }
    },
    awaiting: {
      on: {
        segment: [
          {
            guard: "responseComplete",
            target: "done",
            actions: ["noteSegment", assign({ completed: ({ context: context3 }) => context3.completed + 1 }), emit({ type: "timer.cancel", name: RTO })]
          },
          { actions: "noteSegment" }
        ],
        timer: {
          guard: "rtoFired",
          actions: enqueueActions(({ context: context3, enqueue }) => {
            const rtoUs = Math.min(context3.maxRtoUs, context3.rtoUs * 2);
            enqueue.assign({ rtoUs, retransmits: context3.retransmits + 1 });
            enqueue.emit({ type: "request.send", seq: context3.seq, retransmit: true });
            enqueue.emit({ type: "timer.set", name: RTO, afterUs: rtoUs });
          })
        }
      }
    },
    done: {
      always: [{ guard: "moreToSend", target: "thinking" }, { target: "finished" }]
    },
    finished: { on: { segment: { actions: "noteSegment" } } }
  }
});

// machines/client-tcp.ts
var clientTcpMachine = tcpEndpointMachine("client-tcp", { cc: "newreno" });

// src/net/received-stream.ts
var CHUNK = 1 << 16;
var ReceivedStream = class {
  bytes = [];
  /** 1 where a byte has been received. */
  have = [];
  /** Every byte before it has been received. */
  receivedThrough = 0;
  /** One past the highest byte ever received: a segment starting there overlaps nothing. */
  highWater = 0;
  /** Store `data` at stream offset `offset`; returns the first offset where it contradicts bytes already held, or -1. */
  accept(offset, data) {
    const end = offset + data.length;
    const fresh = offset >= this.highWater;
    let conflict = -1;
    for (let at = offset; at < end; ) {
      const c = Math.floor(at / CHUNK);
      const from = at - c * CHUNK;
      const n = Math.min(end - at, CHUNK - from);
      const bytes = this.bytes[c] ??= new Uint8Array(CHUNK);
      const have = this.have[c] ??= new Uint8Array(CHUNK);
      const src = at - offset;
      if (fresh) {
        bytes.set(data.subarray(src, src + n), from);
        have.fill(1, from, from + n);
      } else
        for (let i = 0; i < n; i++) {
          if (have[from + i]) {
            if (conflict < 0 && bytes[from + i] !== data[src + i]) conflict = at + i;
          } else {
            bytes[from + i] = data[src + i];
            have[from + i] = 1;
          }
        }
      at += n;
    }
    this.highWater = Math.max(this.highWater, end);
    if (offset <= this.receivedThrough) {
      this.receivedThrough = Math.max(this.receivedThrough, end);
      while (this.has(this.receivedThrough)) this.receivedThrough++;
    }
    return conflict;
  }
  has(at) {
    const chunk = this.have[Math.floor(at / CHUNK)];
    return chunk !== void 0 && chunk[at % CHUNK] === 1;
  }
};

// src/hosts/client-host.ts
var ClientHost = class {
  constructor(kernel, id, params, network, tcp) {
    this.kernel = kernel;
    this.id = id;
    this.params = params;
    this.network = network;
    this.machine = new MachineActor(kernel, id, clientMachine, params, (c) => this.execute(c));
    if (tcp) {
      const input = { mss: tcp.mss, receiveBufferBytes: tcp.clientReceiveBufferBytes, delayedAckUs: tcp.clientDelayedAckUs, peerWindowBytes: tcp.guestReceiveBufferBytes };
      this.tcp = new TcpEndpointActor(kernel, `${id}-tcp`, clientTcpMachine, input, (c) => this.tcpCommand(c));
    }
  }
  kernel;
  id;
  params;
  network;
  machine;
  /** With real TCP: the client's end of the connection (its ACKs, its requests as stream bytes). */
  tcp;
  stream = new ReceivedStream();
  state() {
    return this.machine.state();
  }
  deliver(event) {
    if (event.type === "net.segment") {
      const s = event.segment;
      if (this.tcp) return this.tcpSegment(s);
      const conflict = this.stream.accept(s.offset, s.bytes);
      this.kernel.observe({ kind: "client-recv", client: this.id, offset: s.offset, len: s.len, digest: this.digest(s.bytes), conflict });
      this.machine.send({ type: "segment", reqSeq: s.reqSeq, respEnd: s.respEnd, receivedThrough: this.stream.receivedThrough });
    } else {
      this.machine.send(event);
    }
  }
  /** The bytes' digest, for a reader of the trace (no property needs it: `conflict` is computed here, byte for byte). */
  digest(bytes) {
    return this.kernel.detailed ? hashBytes(bytes) : "";
  }
  execute(cmd) {
    if (cmd.type !== "request.send") return;
    if (this.tcp) {
      if (!cmd.retransmit) this.tcp.send({ type: "app.write", now: this.kernel.now, bytes: this.params.requestBytes });
    } else this.network.toVm(this.id, cmd.seq, this.params.requestBytes);
  }
  /** A TCP segment from the VM: its bytes (if any) to the stream and the connection, its acknowledgement to the connection. */
  tcpSegment(s) {
    const now = this.kernel.now;
    if (s.ack !== void 0) this.tcp.send({ type: "ack", now, ack: s.ack, window: s.window ?? 0 });
    if (s.len === 0) return;
    const conflict = this.stream.accept(s.offset, s.bytes);
    this.kernel.observe({ kind: "client-recv", client: this.id, offset: s.offset, len: s.len, digest: this.digest(s.bytes), conflict, producedAt: s.producedAt });
    this.tcp.send({ type: "data", now, seq: s.offset, len: s.len });
    this.machine.send({ type: "segment", reqSeq: s.reqSeq, respEnd: s.respEnd, receivedThrough: this.stream.receivedThrough });
  }
  tcpCommand(cmd) {
    if (cmd.type === "ack.send") this.network.packetToVm({ client: this.id, ack: cmd.ack, window: cmd.window });
    else if (cmd.type === "segment.send") {
      const r = this.tcp.context.receiver;
      this.network.packetToVm({ client: this.id, seq: cmd.seq, len: cmd.len, ack: r.lastAck, window: r.rightEdge - r.lastAck });
    }
  }
};

// src/sim/time.ts
var serializationUs = (bytes, bytesPerSecond) => Math.ceil(bytes * 1e6 / bytesPerSecond);

// machines/link-timing.ts
var TCP_MIN_RTO_US = 2e5;
var inWindow = (t, f) => t >= f.atUs && t < f.atUs + f.durationUs;
var linkTiming = (s, faults) => {
  const mine = faults.filter((f) => f.kind === "link-disconnect" || f.direction === "both" || f.direction.startsWith(`${s.from}->`));
  const start = Math.max(s.now, s.busyUntil);
  const acted = [];
  let bandwidth = s.bytesPerSecond;
  for (const f of mine)
    if (f.kind === "link-bandwidth" && inWindow(start, f)) {
      bandwidth *= f.factor;
      acted.push(f.kind);
    }
  const wire = serializationUs(s.bytes, bandwidth);
  const departAt = start + wire;
  let busyUntil = departAt;
  let arriveAt = departAt + s.latencyUs;
  let lastTxAt = departAt;
  for (const f of mine) {
    if (f.kind === "link-duplicate" && f.nth === s.nth) {
      busyUntil += wire;
      acted.push(f.kind);
    }
    if (f.kind === "link-delay" && inWindow(departAt, f)) {
      arriveAt += f.extraUs;
      acted.push(f.kind);
    }
    if (f.kind === "link-drop" && f.nth === s.nth) {
      lastTxAt = departAt + TCP_MIN_RTO_US;
      arriveAt += TCP_MIN_RTO_US;
      acted.push(f.kind);
    }
  }
  for (const f of mine) {
    if (f.kind !== "link-partition" || f.durationUs <= 0) continue;
    const heal = f.atUs + f.durationUs;
    if (start < heal && arriveAt > f.atUs) {
      lastTxAt = Math.max(lastTxAt, heal + TCP_MIN_RTO_US - s.latencyUs);
      arriveAt = Math.max(arriveAt, heal + TCP_MIN_RTO_US);
      acted.push(f.kind);
    }
  }
  return { departAt, lastTxAt, arriveAt: Math.max(arriveAt, s.lastArrival), busyUntil, acted };
};

// machines/link.ts
var linkMachine = setup({
  types: {
    context: {},
    events: {},
    emitted: {},
    input: {}
  },
  actions: {
    transmit: enqueueActions(({ context: context3, event, enqueue }) => {
      if (event.type !== "send") return;
      const nth = context3.sent[event.from] + 1;
      const t = linkTiming(
        {
          now: event.now,
          from: event.from,
          bytes: event.bytes,
          nth,
          bytesPerSecond: context3.bytesPerSecond,
          latencyUs: context3.latencyUs,
          busyUntil: context3.busyUntil[event.from],
          lastArrival: context3.lastArrival[event.from]
        },
        context3.faults
      );
      const m = { id: event.msgId, from: event.from, to: event.to, bytes: event.bytes, departAt: t.departAt, lastTxAt: t.lastTxAt, arriveAt: t.arriveAt };
      enqueue.assign({
        busyUntil: { ...context3.busyUntil, [event.from]: t.busyUntil },
        lastArrival: { ...context3.lastArrival, [event.from]: t.arriveAt },
        sent: { ...context3.sent, [event.from]: nth },
        inFlight: [...context3.inFlight, m]
      });
      enqueue.emit({ type: "arrival.schedule", msgId: m.id, at: m.arriveAt });
      for (const fault of t.acted) enqueue.emit({ type: "fault.acted", fault, msgId: m.id });
    }),
    forward: enqueueActions(({ context: context3, event, enqueue }) => {
      if (event.type !== "arrive") return;
      const m = context3.inFlight.find((x) => x.id === event.msgId);
      if (!m) return;
      enqueue.assign({ inFlight: context3.inFlight.filter((x) => x !== m), delivered: context3.delivered + 1 });
      enqueue.emit({ type: "forward", msgId: m.id, to: m.to });
    }),
    dropAll: enqueueActions(({ context: context3, enqueue }) => {
      enqueue.assign({ inFlight: [], dropped: context3.dropped + context3.inFlight.length });
      for (const m of context3.inFlight) enqueue.emit({ type: "drop", msgId: m.id, reason: "disconnect" });
      enqueue.emit({ type: "connection.lost" });
    }),
    // Bytes not yet on the wire die with their sender; anything bound for a dead host is lost.
    dropForCrash: enqueueActions(({ context: context3, event, enqueue }) => {
      if (event.type !== "endpoint.crash") return;
      const firstLost = context3.inFlight.findIndex((m) => m.from === event.host && m.lastTxAt > event.now);
      const lost = (m) => m.to === event.host || m.from === event.host && firstLost >= 0 && context3.inFlight.indexOf(m) >= firstLost;
      const gone = context3.inFlight.filter(lost);
      enqueue.assign({ inFlight: context3.inFlight.filter((m) => !lost(m)), dropped: context3.dropped + gone.length });
      for (const m of gone) enqueue.emit({ type: "drop", msgId: m.id, reason: "endpoint.crash" });
    })
  }
}).createMachine({
  id: "link",
  context: ({ input }) => ({
    bytesPerSecond: input.bytesPerSecond,
    latencyUs: input.latencyUs,
    faults: input.faults,
    busyUntil: { primary: 0, backup: 0 },
    lastArrival: { primary: 0, backup: 0 },
    sent: { primary: 0, backup: 0 },
    inFlight: [],
    delivered: 0,
    dropped: 0
  }),
  initial: "connected",
  states: {
    connected: {
      on: {
        send: { actions: "transmit" },
        arrive: { actions: "forward" },
        disconnect: { target: "disconnected", actions: "dropAll" }
      }
    },
    disconnected: {
      on: {
        send: {
          actions: [
            emit(({ event }) => ({ type: "drop", msgId: event.msgId, reason: "disconnected" })),
            assign({ dropped: ({ context: context3 }) => context3.dropped + 1 })
          ]
        },
        reconnect: { target: "connected" }
      }
    }
  },
  on: {
    "endpoint.crash": { actions: "dropForCrash" }
  }
});

// src/hosts/link-host.ts
var LinkHost = class {
  constructor(kernel, params, faults = []) {
    this.kernel = kernel;
    this.machine = new MachineActor(kernel, this.id, linkMachine, { ...params, faults }, (cmd) => this.execute(cmd));
  }
  kernel;
  id = "link";
  machine;
  payloads = /* @__PURE__ */ new Map();
  nextId = 1;
  /** Hand a message to the sender's socket. Delivery happens as kernel events. */
  send(from, to, bytes, message) {
    const msgId = this.nextId++;
    this.payloads.set(msgId, message);
    this.kernel.schedule(this.kernel.now, this.id, { type: "send", msgId, from, to, bytes, kind: message.kind, epoch: message.epoch });
  }
  deliver(event) {
    this.machine.send({ ...event, now: this.kernel.now });
  }
  state() {
    return this.machine.state();
  }
  execute(cmd) {
    switch (cmd.type) {
      case "arrival.schedule":
        this.kernel.schedule(cmd.at, this.id, { type: "arrive", msgId: cmd.msgId });
        return;
      case "forward": {
        const message = this.payloads.get(cmd.msgId);
        this.payloads.delete(cmd.msgId);
        if (message) this.kernel.schedule(this.kernel.now, cmd.to, { type: "repl.msg", ...summary(message), message });
        return;
      }
      case "drop":
        this.payloads.delete(cmd.msgId);
        return;
      case "fault.acted":
        this.kernel.observe({ kind: "fault-acted", fault: cmd.fault });
        return;
      case "connection.lost":
        this.kernel.observe({ kind: "fault-acted", fault: "link-disconnect" });
        for (const host of ["primary", "backup"]) this.kernel.schedule(this.kernel.now, host, { type: "link.down" });
        return;
    }
  }
};
var summary = (m) => ({ kind: m.kind, epoch: m.epoch });

// src/hosts/net-host.ts
var NetHost = class {
  constructor(network) {
    this.network = network;
  }
  network;
  id = "net";
  deliver(event) {
    if (event.type === "net.request") this.network.route(event);
    else if (event.type === "net.packet") this.network.routePacket(event);
  }
  state() {
    return `vm@${this.network.owner}`;
  }
};

// src/hosts/storage-host.ts
var StorageHost = class {
  constructor(kernel, store, latencyUs) {
    this.kernel = kernel;
    this.store = store;
    this.latencyUs = latencyUs;
  }
  kernel;
  store;
  latencyUs;
  id = "storage";
  state() {
    return "serving";
  }
  /** Send `writes` to the store; each lands after the storage latency. */
  issue(host, writes, mode) {
    for (const write2 of writes) {
      const event = { type: "storage.land", host, mode, write: write2 };
      this.kernel.after(this.latencyUs, this.id, event);
    }
  }
  deliver(event) {
    if (event.type !== "storage.land") return;
    const e = event;
    this.store.land(e.write.block, e.write.bytes);
    this.kernel.observe({ kind: "storage-land", host: e.host, mode: e.mode, epoch: e.write.epoch, block: e.write.block, digest: e.write.digest });
  }
};

// node_modules/effect/dist/Pipeable.js
var pipeArguments = (self2, args2) => {
  switch (args2.length) {
    case 0:
      return self2;
    case 1:
      return args2[0](self2);
    case 2:
      return args2[1](args2[0](self2));
    case 3:
      return args2[2](args2[1](args2[0](self2)));
    case 4:
      return args2[3](args2[2](args2[1](args2[0](self2))));
    case 5:
      return args2[4](args2[3](args2[2](args2[1](args2[0](self2)))));
    case 6:
      return args2[5](args2[4](args2[3](args2[2](args2[1](args2[0](self2))))));
    case 7:
      return args2[6](args2[5](args2[4](args2[3](args2[2](args2[1](args2[0](self2)))))));
    case 8:
      return args2[7](args2[6](args2[5](args2[4](args2[3](args2[2](args2[1](args2[0](self2))))))));
    case 9:
      return args2[8](args2[7](args2[6](args2[5](args2[4](args2[3](args2[2](args2[1](args2[0](self2)))))))));
    default: {
      let ret = self2;
      for (let i = 0, len = args2.length; i < len; i++) {
        ret = args2[i](ret);
      }
      return ret;
    }
  }
};

// node_modules/effect/dist/Function.js
var dual = function(arity, body) {
  if (typeof arity === "function") {
    return function() {
      return arity(arguments) ? body.apply(this, arguments) : (self2) => body(self2, ...arguments);
    };
  }
  switch (arity) {
    case 0:
    case 1:
      throw new RangeError(`Invalid arity ${arity}`);
    case 2:
      return function(a, b) {
        if (arguments.length >= 2) {
          return body(a, b);
        }
        return function(self2) {
          return body(self2, a);
        };
      };
    case 3:
      return function(a, b, c) {
        if (arguments.length >= 3) {
          return body(a, b, c);
        }
        return function(self2) {
          return body(self2, a, b);
        };
      };
    default:
      return function() {
        if (arguments.length >= arity) {
          return body.apply(this, arguments);
        }
        const args2 = arguments;
        return function(self2) {
          return body(self2, ...args2);
        };
      };
  }
};
var identity = (a) => a;
var constant = (value) => () => value;
var constTrue = /* @__PURE__ */ constant(true);
var constFalse = /* @__PURE__ */ constant(false);
var constUndefined = /* @__PURE__ */ constant(void 0);
var constVoid = constUndefined;

// node_modules/effect/dist/Context.js
var Context_exports = {};
__export(Context_exports, {
  Reference: () => Reference,
  Service: () => Service,
  ServiceTypeId: () => ServiceTypeId,
  add: () => add,
  addOrOmit: () => addOrOmit,
  addUnsafe: () => addUnsafe,
  empty: () => empty,
  get: () => get,
  getOption: () => getOption,
  getOrElse: () => getOrElse2,
  getOrUndefined: () => getOrUndefined2,
  getOrUndefinedUnsafe: () => getOrUndefinedUnsafe,
  getUnsafe: () => getUnsafe,
  hasSameCache: () => hasSameCache,
  isContext: () => isContext,
  isKey: () => isKey,
  isReference: () => isReference,
  make: () => make4,
  makeUnsafe: () => makeUnsafe,
  merge: () => merge,
  mergeAll: () => mergeAll,
  omit: () => omit,
  pick: () => pick
});

// node_modules/effect/dist/internal/equal.js
var getAllObjectKeys = (obj) => {
  const keys = new Set(Reflect.ownKeys(obj));
  if (obj.constructor === Object) return keys;
  if (obj instanceof Error) {
    keys.delete("stack");
  }
  const proto = Object.getPrototypeOf(obj);
  let current = proto;
  while (current !== null && current !== Object.prototype) {
    const ownKeys = Reflect.ownKeys(current);
    for (let i = 0; i < ownKeys.length; i++) {
      keys.add(ownKeys[i]);
    }
    current = Object.getPrototypeOf(current);
  }
  if (keys.has("constructor") && typeof obj.constructor === "function" && proto === obj.constructor.prototype) {
    keys.delete("constructor");
  }
  return keys;
};
var byReferenceInstances = /* @__PURE__ */ new WeakSet();
var viewBytes = (view) => new Uint8Array(view.buffer, view.byteOffset, view.byteLength);

// node_modules/effect/dist/internal/hash.js
var backEdges = 0;
var addBackEdge = () => {
  backEdges++;
};

// node_modules/effect/dist/Predicate.js
function isString(input) {
  return typeof input === "string";
}
function isNumber(input) {
  return typeof input === "number";
}
function isFunction(input) {
  return typeof input === "function";
}
function isUndefined(input) {
  return input === void 0;
}
function isNotUndefined(input) {
  return input !== void 0;
}
function isObjectKeyword(input) {
  return typeof input === "object" && input !== null || isFunction(input);
}
var hasProperty = /* @__PURE__ */ dual(2, (self2, property) => isObjectKeyword(self2) && property in self2);
var isTagged = /* @__PURE__ */ dual(2, (self2, tag) => hasProperty(self2, "_tag") && self2["_tag"] === tag);
function isIterable(input) {
  return hasProperty(input, Symbol.iterator) || isString(input);
}

// node_modules/effect/dist/Hash.js
var symbol = "~effect/Hash";
var hash = (self2) => {
  switch (typeof self2) {
    case "number":
      return number(self2);
    case "bigint":
      return string(self2.toString(10));
    case "string":
      return string(self2);
    case "function":
    case "object": {
      if (self2 === null) {
        break;
      } else if (self2 instanceof Date) {
        if (Number.isNaN(self2.getTime())) {
          return string("Invalid Date");
        }
        return string(self2.toISOString());
      } else if (self2 instanceof RegExp) {
        return string(self2.toString());
      } else {
        if (byReferenceInstances.has(self2)) {
          return random(self2);
        }
        const cached3 = hashCache.get(self2);
        if (cached3 !== void 0) {
          return cached3;
        }
        if (visitedObjects.has(self2)) {
          addBackEdge();
          return string("[Circular]");
        }
        visitedObjects.add(self2);
        const seen = backEdges;
        let h;
        try {
          if (symbol in self2) {
            h = self2[symbol]();
          } else if (typeof self2 === "function") {
            h = random(self2);
          } else if (self2 instanceof DataView) {
            h = array(viewBytes(self2));
          } else if (Array.isArray(self2) || ArrayBuffer.isView(self2)) {
            h = array(self2);
          } else if (self2 instanceof Map) {
            h = hashMap(self2);
          } else if (self2 instanceof Set) {
            h = hashSet(self2);
          } else {
            h = structure(self2);
          }
        } finally {
          visitedObjects.delete(self2);
        }
        if (seen === backEdges) {
          hashCache.set(self2, h);
        }
        return h;
      }
    }
  }
  return optimize(mix(string(String(self2))));
};
var random = (self2) => {
  if (!randomHashCache.has(self2)) {
    randomHashCache.set(self2, optimize(Math.random() * 4294967296 | 0));
  }
  return randomHashCache.get(self2);
};
var mix = (h) => {
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  return h ^ h >>> 16;
};
var combine = /* @__PURE__ */ dual(2, (self2, b) => mix(Math.imul(self2, 2654435761) + Math.imul(b, 2246822507)));
var optimize = (n) => n & 3221225471 | n >>> 1 & 1073741824;
var float64 = /* @__PURE__ */ new DataView(/* @__PURE__ */ new ArrayBuffer(8));
var number = (n) => {
  const h = n | 0;
  if (h === n) {
    return optimize(h);
  }
  float64.setFloat64(0, n !== n ? NaN : n);
  return optimize(combine(float64.getInt32(0), float64.getInt32(4)));
};
var string = (str) => {
  let h = 5381, i = str.length;
  while (i) {
    h = h * 33 ^ str.charCodeAt(--i);
  }
  return optimize(h);
};
var structureKeys = (o, keys) => {
  let h = 12289;
  for (const key of keys) {
    h ^= combine(hash(key), hash(o[key]));
  }
  return optimize(h);
};
var structure = (o) => structureKeys(o, getAllObjectKeys(o));
var unordered = (seed, f) => (iter) => {
  let h = seed;
  for (const element of iter) {
    h ^= f(element);
  }
  return optimize(h);
};
var array = (arr) => {
  let h = 6151;
  for (const element of arr) {
    h = combine(h, hash(element));
  }
  return optimize(h);
};
var hashMap = /* @__PURE__ */ unordered(/* @__PURE__ */ string("Map"), ([k, v]) => combine(hash(k), hash(v)));
var setSeed = /* @__PURE__ */ string("Set");
var hashSet = /* @__PURE__ */ unordered(setSeed, (element) => combine(setSeed, hash(element)));
var randomHashCache = /* @__PURE__ */ new WeakMap();
var hashCache = /* @__PURE__ */ new WeakMap();
var visitedObjects = /* @__PURE__ */ new WeakSet();

// node_modules/effect/dist/Equal.js
var symbol2 = "~effect/Equal";
function equals() {
  if (arguments.length === 1) {
    return (self2) => compareBoth(self2, arguments[0]);
  }
  return compareBoth(arguments[0], arguments[1]);
}
function compareBoth(self2, that) {
  if (self2 === that) return true;
  if (self2 == null || that == null) return false;
  const selfType = typeof self2;
  if (selfType !== typeof that) {
    return false;
  }
  if (selfType === "number" && self2 !== self2 && that !== that) {
    return true;
  }
  if (selfType !== "object" && selfType !== "function") {
    return false;
  }
  if (byReferenceInstances.has(self2) || byReferenceInstances.has(that)) {
    return false;
  }
  return compareObjects(self2, that);
}
function compareObjects(self2, that) {
  const depth = pathLeft.length;
  for (let i = depth; i-- > 0; ) {
    if (pathLeft[i] === self2 && pathRight[i] === that) return true;
  }
  if (depth) return compareOnPath(self2, that);
  let known = results.get(self2);
  if (!known) results.set(self2, known = /* @__PURE__ */ new WeakMap());
  let result3 = known.get(that);
  if (result3 === void 0) known.set(that, result3 = compareOnPath(self2, that));
  return result3;
}
function compareOnPath(self2, that) {
  pathLeft.push(self2);
  pathRight.push(that);
  try {
    return compareStructure(self2, that);
  } finally {
    pathLeft.pop();
    pathRight.pop();
  }
}
var pathLeft = [];
var pathRight = [];
var results = /* @__PURE__ */ new WeakMap();
function compareStructure(self2, that) {
  if (hash(self2) !== hash(that)) {
    return false;
  } else if (self2 instanceof Date) {
    if (!(that instanceof Date)) return false;
    const selfTime = self2.getTime();
    const thatTime = that.getTime();
    return selfTime === thatTime || Number.isNaN(selfTime) && Number.isNaN(thatTime);
  } else if (self2 instanceof RegExp) {
    return that instanceof RegExp && self2.toString() === that.toString();
  }
  const bothEquals = isEqual(self2);
  if (bothEquals !== isEqual(that) || typeof self2 === "function" && !bothEquals) {
    return false;
  } else if (bothEquals) {
    return self2[symbol2](that);
  } else if (Array.isArray(self2)) {
    if (!Array.isArray(that) || self2.length !== that.length) {
      return false;
    }
    return compareArrays(self2, that);
  } else if (ArrayBuffer.isView(self2)) {
    const selfIsDataView = self2 instanceof DataView;
    if (!ArrayBuffer.isView(that) || self2.byteLength !== that.byteLength || selfIsDataView !== that instanceof DataView) {
      return false;
    }
    if (selfIsDataView) {
      return compareTypedArrays(viewBytes(self2), viewBytes(that));
    }
    return compareTypedArrays(self2, that);
  } else if (self2 instanceof Map) {
    if (!(that instanceof Map) || self2.size !== that.size) {
      return false;
    }
    return compareHashed(self2, that, entryHash, equalEntries);
  } else if (self2 instanceof Set) {
    if (!(that instanceof Set) || self2.size !== that.size) {
      return false;
    }
    return compareHashed(self2, that, hash, compareBoth);
  }
  return compareRecords(self2, that);
}
function compareArrays(self2, that) {
  for (let i = 0; i < self2.length; i++) {
    if (!compareBoth(self2[i], that[i])) {
      return false;
    }
  }
  return true;
}
function compareTypedArrays(self2, that) {
  if (self2.length !== that.length) {
    return false;
  }
  for (let i = 0; i < self2.length; i++) {
    if (self2[i] !== that[i]) {
      return false;
    }
  }
  return true;
}
function compareRecords(self2, that) {
  const selfKeys = getAllObjectKeys(self2);
  const thatKeys = getAllObjectKeys(that);
  if (selfKeys.size !== thatKeys.size) {
    return false;
  }
  for (const key of selfKeys) {
    if (!thatKeys.has(key) || !compareBoth(self2[key], that[key])) {
      return false;
    }
  }
  return true;
}
function compareHashed(self2, that, hashOf, equivalent) {
  const groups = /* @__PURE__ */ new Map();
  let remaining = 0;
  for (const item of that) {
    const h = hashOf(item);
    const group = groups.get(h);
    if (group) group.push(item);
    else groups.set(h, [item]);
    remaining++;
  }
  outer: for (const item of self2) {
    const group = groups.get(hashOf(item));
    if (group) {
      for (let i = 0; i < group.length; i++) {
        if (equivalent(item, group[i])) {
          group[i] = group[group.length - 1];
          group.pop();
          remaining--;
          continue outer;
        }
      }
    }
    return false;
  }
  return remaining === 0;
}
var entryHash = (entry) => hash(entry[0]);
var equalEntries = (self2, that) => compareBoth(self2[0], that[0]) && compareBoth(self2[1], that[1]);
var isEqual = (u) => hasProperty(u, symbol2);
var byReferenceUnsafe = (obj) => {
  byReferenceInstances.add(obj);
  return obj;
};

// node_modules/effect/dist/Redactable.js
var symbolRedactable = /* @__PURE__ */ Symbol.for("~effect/Redactable");
var isRedactable = (u) => hasProperty(u, symbolRedactable);
function redact(u) {
  if (isRedactable(u)) return getRedacted(u);
  return u;
}
function getRedacted(redactable) {
  return redactable[symbolRedactable](globalThis[currentFiberTypeId]?.context ?? emptyContext);
}
var currentFiberTypeId = "~effect/Fiber/currentFiber";
var emptyMap = /* @__PURE__ */ new Map();
var emptyContext = {
  "~effect/Context": {},
  base: emptyMap,
  depth: 0,
  mapUnsafe: emptyMap,
  pipe() {
    return pipeArguments(this, arguments);
  }
};

// node_modules/effect/dist/Formatter.js
function format(input, options) {
  const space = options?.space ?? 0;
  const ancestors = /* @__PURE__ */ new WeakSet();
  const gap = !space ? "" : typeof space === "number" ? " ".repeat(space) : space;
  const ind = (d) => gap.repeat(d);
  const wrap = (v, body) => {
    const ctor = v?.constructor;
    return ctor && ctor !== Object.prototype.constructor && ctor.name ? `${ctor.name}(${body})` : body;
  };
  const ownKeys = (o) => {
    try {
      return Reflect.ownKeys(o);
    } catch {
      return ["[ownKeys threw]"];
    }
  };
  function recur(v, d = 0) {
    try {
      return recurUnsafe(v, d);
    } catch {
      if (typeof v === "object" && v !== null || typeof v === "function") ancestors.delete(v);
      return "[inspection threw]";
    }
  }
  function recurUnsafe(v, d = 0) {
    if (typeof v === "string") return JSON.stringify(v);
    if (typeof v === "number" || v == null || typeof v === "boolean" || typeof v === "symbol") return String(v);
    if (typeof v === "bigint") return String(v) + "n";
    if (typeof v === "object" || typeof v === "function") {
      if (ancestors.has(v)) return CIRCULAR;
      ancestors.add(v);
      let output;
      if (symbolRedactable in v) {
        output = recur(getRedacted(v), d);
      } else if (Array.isArray(v)) {
        output = !gap || v.length <= 1 ? `[${v.map((x) => recur(x, d)).join(",")}]` : `[
${ind(d + 1)}${v.map((x) => recur(x, d + 1)).join(",\n" + ind(d + 1))}
${ind(d)}]`;
      } else if (v instanceof Date) {
        output = formatDate(v);
      } else if (!options?.ignoreToString && hasProperty(v, "toString") && typeof v["toString"] === "function" && v["toString"] !== Object.prototype.toString && v["toString"] !== Array.prototype.toString) {
        const s = safeToString(v);
        output = v instanceof Error && v.cause !== void 0 ? `${s} (cause: ${recur(v.cause, d)})` : s;
      } else if (Symbol.iterator in v) {
        output = `${v.constructor.name}(${recur(Array.from(v), d)})`;
      } else {
        const keys = ownKeys(v);
        if (!gap || keys.length <= 1) {
          const body = `{${keys.map((k) => `${formatPropertyKey(k)}:${recur(safeGet(v, k), d)}`).join(",")}}`;
          output = wrap(v, body);
        } else {
          const body = `{
${keys.map((k) => `${ind(d + 1)}${formatPropertyKey(k)}: ${recur(safeGet(v, k), d + 1)}`).join(",\n")}
${ind(d)}}`;
          output = wrap(v, body);
        }
      }
      ancestors.delete(v);
      return output;
    }
    return String(v);
  }
  return recur(input, 0);
}
var CIRCULAR = "[Circular]";
function formatPropertyKey(name) {
  return typeof name === "string" ? JSON.stringify(name) : String(name);
}
function formatDate(date) {
  try {
    return date.toISOString();
  } catch {
    return "Invalid Date";
  }
}
function safeToString(input) {
  try {
    const s = input.toString();
    return typeof s === "string" ? s : String(s);
  } catch {
    return "[toString threw]";
  }
}
function safeGet(input, key) {
  try {
    return input[key];
  } catch {
    return "[property access threw]";
  }
}
function formatJson(input, options) {
  const ancestors = [];
  return JSON.stringify(input, function(key, value) {
    const original = Object.getOwnPropertyDescriptor(this, key)?.value;
    const redacted = hasProperty(original, symbolRedactable) ? redact(original) : redact(value);
    if (typeof redacted === "bigint") {
      return format(redacted);
    }
    if (typeof redacted !== "object" || redacted === null) {
      return redacted;
    }
    const current = redacted instanceof Error && !hasProperty(redacted, "toJSON") ? {
      ...redacted,
      name: redacted.name,
      message: redacted.message
    } : redacted;
    while (ancestors.length > 0 && ancestors[ancestors.length - 1] !== this) {
      ancestors.pop();
    }
    if (ancestors.includes(redacted)) {
      return void 0;
    }
    ancestors.push(redacted);
    if (current !== redacted) {
      ancestors.push(current);
    }
    if (!hasGetter(current) || isJsonPrimitiveWrapper(current)) {
      return current;
    }
    const serialized = new Proxy(current, {
      get(target, key2) {
        const value2 = Reflect.get(target, key2, target);
        return Object.getOwnPropertyDescriptor(target, key2)?.get !== void 0 ? redact(value2) : value2;
      }
    });
    ancestors.push(serialized);
    return serialized;
  }, options?.space) ?? "null";
}
function hasGetter(object) {
  for (const key of Object.getOwnPropertyNames(object)) {
    if (Object.getOwnPropertyDescriptor(object, key)?.get !== void 0) {
      return true;
    }
  }
  return false;
}
function isJsonPrimitiveWrapper(object) {
  for (const valueOf of [Number.prototype.valueOf, Boolean.prototype.valueOf, String.prototype.valueOf]) {
    try {
      Reflect.apply(valueOf, object, []);
      return true;
    } catch {
    }
  }
  return false;
}

// node_modules/effect/dist/Inspectable.js
var NodeInspectSymbol = /* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom");
var toJson = (input) => {
  try {
    input = redact(input);
    if (hasProperty(input, "toJSON") && isFunction(input["toJSON"]) && input["toJSON"].length === 0) {
      return input.toJSON();
    } else if (Array.isArray(input)) {
      return input.map(toJson);
    }
    return input;
  } catch {
    return "[toJSON threw]";
  }
};
var toStringUnknown = (u, whitespace = 2) => {
  if (typeof u === "string") {
    return u;
  }
  try {
    return typeof u === "object" ? formatJson(u, {
      space: whitespace
    }) : format(u, {
      space: whitespace
    });
  } catch {
    return String(u);
  }
};
var BaseProto = {
  toJSON() {
    return toJson(this);
  },
  [NodeInspectSymbol]() {
    return this.toJSON();
  },
  toString() {
    return format(this.toJSON());
  }
};
var Class = class {
  /**
   * Node.js custom inspection method.
   *
   * **When to use**
   *
   * Use to expose the class JSON representation to Node.js inspection.
   *
   * @since 2.0.0
   */
  [NodeInspectSymbol]() {
    return this.toJSON();
  }
  /**
   * Returns a formatted string representation of this object.
   *
   * **When to use**
   *
   * Use to format the class JSON representation as a string.
   *
   * @since 2.0.0
   */
  toString() {
    return format(this.toJSON());
  }
};

// node_modules/effect/dist/internal/stackTraceLimit.js
var isStackTraceLimitWritable = () => {
  const desc = Object.getOwnPropertyDescriptor(Error, "stackTraceLimit");
  if (desc === void 0) {
    return Object.isExtensible(Error);
  }
  return Object.hasOwn(desc, "writable") ? desc.writable === true : desc.set !== void 0;
};
var canWriteStackTraceLimit = /* @__PURE__ */ isStackTraceLimitWritable();
var getStackTraceLimit = () => Error.stackTraceLimit;
var setStackTraceLimit = (value) => {
  if (canWriteStackTraceLimit) {
    ;
    Error.stackTraceLimit = value;
  }
};

// node_modules/effect/dist/Utils.js
var SingleShotGen = class {
  constructor(self2) {
    this.value = self2;
    this.done = false;
  }
  /**
   * Yields the stored value once, then completes with the value sent back in.
   *
   * **When to use**
   *
   * Use to advance a `SingleShotGen` through its single yield and completion
   * step.
   *
   * @since 2.0.0
   */
  next(a) {
    if (this.done) {
      this.value = a;
      return this;
    }
    this.done = true;
    return {
      value: this.value,
      done: false
    };
  }
};
var pickInternalCall = () => {
  const InternalTypeId = "~effect/Utils/internal";
  const standard = {
    [InternalTypeId]: (body) => {
      return body();
    }
  };
  const forced = {
    [InternalTypeId]: (body) => {
      try {
        return body();
      } finally {
      }
    }
  };
  const limit = getStackTraceLimit();
  if (limit === 0) return forced[InternalTypeId];
  setStackTraceLimit(2);
  const error = standard[InternalTypeId](() => new Error());
  setStackTraceLimit(limit);
  return error.stack?.includes(InternalTypeId) === true ? standard[InternalTypeId] : forced[InternalTypeId];
};
var internalCall = /* @__PURE__ */ pickInternalCall();

// node_modules/effect/dist/internal/record.js
function assignProperty(self2, key, value) {
  if (key === "__proto__") {
    Object.defineProperty(self2, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true
    });
  } else {
    ;
    self2[key] = value;
  }
}
function assignProperties(self2, source) {
  if (!Object.hasOwn(source, "__proto__")) {
    Object.assign(self2, source);
    return;
  }
  for (const key of Reflect.ownKeys(source)) {
    if (Object.prototype.propertyIsEnumerable.call(source, key)) {
      assignProperty(self2, key, source[key]);
    }
  }
}

// node_modules/effect/dist/internal/core.js
var EffectTypeId = `~effect/Effect`;
var ExitTypeId = `~effect/Exit`;
var effectVariance = {
  _A: identity,
  _E: identity,
  _R: identity
};
var identifier = `${EffectTypeId}/identifier`;
var args = `${EffectTypeId}/args`;
var evaluate = `${EffectTypeId}/evaluate`;
var contA = `${EffectTypeId}/successCont`;
var contE = `${EffectTypeId}/failureCont`;
var contAll = `${EffectTypeId}/ensureCont`;
var Yield = /* @__PURE__ */ Symbol.for("effect/Effect/Yield");
var PipeInspectableProto = {
  pipe() {
    return pipeArguments(this, arguments);
  },
  toJSON() {
    return {
      ...this
    };
  },
  toString() {
    return format(this.toJSON(), {
      ignoreToString: true,
      space: 2
    });
  },
  [NodeInspectSymbol]() {
    return this.toJSON();
  }
};
var StructuralProto = {
  [symbol]() {
    return structureKeys(this, Object.keys(this));
  },
  [symbol2](that) {
    const selfKeys = Object.keys(this);
    const thatKeys = Object.keys(that);
    if (selfKeys.length !== thatKeys.length) return false;
    for (let i = 0; i < selfKeys.length; i++) {
      if (selfKeys[i] !== thatKeys[i] || !equals(this[selfKeys[i]], that[selfKeys[i]])) {
        return false;
      }
    }
    return true;
  }
};
var EffectProto = {
  [EffectTypeId]: effectVariance,
  ...PipeInspectableProto,
  [Symbol.iterator]() {
    return new SingleShotGen(this);
  },
  toJSON() {
    return {
      _id: "Effect",
      op: this[identifier],
      ...args in this ? {
        args: this[args]
      } : void 0
    };
  }
};
var isEffect = (u) => hasProperty(u, EffectTypeId);
var isExit = (u) => hasProperty(u, ExitTypeId);
var CauseTypeId = "~effect/Cause";
var CauseReasonTypeId = "~effect/Cause/Reason";
var isCause = (self2) => hasProperty(self2, CauseTypeId);
var CauseImpl = class {
  constructor(failures) {
    this[CauseTypeId] = CauseTypeId;
    this.reasons = failures;
  }
  pipe() {
    return pipeArguments(this, arguments);
  }
  toJSON() {
    return {
      _id: "Cause",
      reasons: this.reasons.map((f) => f.toJSON())
    };
  }
  toString() {
    return `Cause(${format(this.reasons)})`;
  }
  [NodeInspectSymbol]() {
    return this.toJSON();
  }
  [symbol2](that) {
    return isCause(that) && this.reasons.length === that.reasons.length && this.reasons.every((e, i) => equals(e, that.reasons[i]));
  }
  [symbol]() {
    return array(this.reasons);
  }
};
var annotationsMap = /* @__PURE__ */ new WeakMap();
var ReasonBase = class {
  [CauseReasonTypeId];
  annotations;
  _tag;
  constructor(_tag, annotations, originalError) {
    this[CauseReasonTypeId] = CauseReasonTypeId;
    this._tag = _tag;
    if (annotations !== constEmptyAnnotations && typeof originalError === "object" && originalError !== null && annotations.size > 0) {
      const prevAnnotations = annotationsMap.get(originalError);
      if (prevAnnotations) {
        annotations = new Map([...prevAnnotations, ...annotations]);
      }
      annotationsMap.set(originalError, annotations);
    }
    this.annotations = annotations;
  }
  annotate(annotations, options) {
    if (annotations.mapUnsafe.size === 0) return this;
    const newAnnotations = new Map(this.annotations);
    annotations.mapUnsafe.forEach((value, key) => {
      if (options?.overwrite !== true && newAnnotations.has(key)) return;
      newAnnotations.set(key, value);
    });
    const self2 = Object.assign(Object.create(Object.getPrototypeOf(this)), this);
    self2.annotations = newAnnotations;
    return self2;
  }
  pipe() {
    return pipeArguments(this, arguments);
  }
  toString() {
    return format(this);
  }
  [NodeInspectSymbol]() {
    return this.toString();
  }
};
var constEmptyAnnotations = /* @__PURE__ */ new Map();
var Fail = class extends ReasonBase {
  constructor(error, annotations = constEmptyAnnotations) {
    super("Fail", annotations, error);
    this.error = error;
  }
  toString() {
    return `Fail(${format(this.error)})`;
  }
  toJSON() {
    return {
      _tag: "Fail",
      error: this.error
    };
  }
  [symbol2](that) {
    return isFailReason(that) && equals(this.error, that.error) && equals(this.annotations, that.annotations);
  }
  [symbol]() {
    return combine(string(this._tag))(combine(hash(this.error))(hash(this.annotations)));
  }
};
var causeFromReasons = (reasons) => new CauseImpl(reasons);
var dedupeReasons = (self2, that) => {
  const buckets = /* @__PURE__ */ new Map();
  const out = [];
  for (const reason of self2.concat(that)) {
    const hash2 = hash(reason);
    const bucket = buckets.get(hash2);
    if (bucket === void 0) {
      buckets.set(hash2, [reason]);
    } else if (bucket.some((previous) => equals(previous, reason))) {
      continue;
    } else {
      bucket.push(reason);
    }
    out.push(reason);
  }
  return out;
};
var causeCombine = /* @__PURE__ */ dual(2, (self2, that) => {
  if (self2.reasons.length === 0) {
    return that;
  } else if (that.reasons.length === 0) {
    return self2;
  }
  const newCause = new CauseImpl(dedupeReasons(self2.reasons, that.reasons));
  return equals(self2, newCause) ? self2 : newCause;
});
var causeAddInterrupts = (self2, interrupts) => {
  const reasons = self2.reasons.slice();
  for (const reason of interrupts.reasons) {
    if (isInterruptReason(reason) && !reasons.some((r) => isInterruptReason(r) && r.fiberId === reason.fiberId && r.annotations === reason.annotations)) {
      reasons.push(reason);
    }
  }
  return reasons.length === self2.reasons.length ? self2 : new CauseImpl(reasons);
};
var causeEmpty = /* @__PURE__ */ new CauseImpl([]);
var causeFail = (error) => new CauseImpl([new Fail(error)]);
var Die = class extends ReasonBase {
  constructor(defect, annotations = constEmptyAnnotations) {
    super("Die", annotations, defect);
    this.defect = defect;
  }
  toString() {
    return `Die(${format(this.defect)})`;
  }
  toJSON() {
    return {
      _tag: "Die",
      defect: this.defect
    };
  }
  [symbol2](that) {
    return isDieReason(that) && equals(this.defect, that.defect) && equals(this.annotations, that.annotations);
  }
  [symbol]() {
    return combine(string(this._tag))(combine(hash(this.defect))(hash(this.annotations)));
  }
};
var causeDie = (defect) => new CauseImpl([new Die(defect)]);
var causeAnnotate = /* @__PURE__ */ dual((args2) => isCause(args2[0]), (self2, annotations, options) => {
  if (annotations.mapUnsafe.size === 0) return self2;
  return new CauseImpl(self2.reasons.map((f) => f.annotate(annotations, options)));
});
var isFailReason = (self2) => self2._tag === "Fail";
var isDieReason = (self2) => self2._tag === "Die";
var isInterruptReason = (self2) => self2._tag === "Interrupt";
function defaultEvaluate(_fiber) {
  return exitDie(`Effect.evaluate: Not implemented`);
}
var makePrimitiveProto = (options) => ({
  ...EffectProto,
  [identifier]: options.op,
  [evaluate]: options[evaluate] ?? defaultEvaluate,
  [contA]: options[contA],
  [contE]: options[contE],
  [contAll]: options[contAll]
});
var makePrimitive = (options) => {
  const Proto3 = makePrimitiveProto(options);
  const PrimitiveImpl = function(value) {
    this[args] = value;
  };
  PrimitiveImpl.prototype = Proto3;
  return function(value) {
    return new PrimitiveImpl(value);
  };
};
var makeExit = (options) => {
  const Proto3 = {
    [ExitTypeId]: ExitTypeId,
    _tag: options.op,
    get [options.prop]() {
      return this[args];
    },
    ...makePrimitiveProto(options),
    toString() {
      return `${options.op}(${format(this[args])})`;
    },
    toJSON() {
      return {
        _id: "Exit",
        _tag: options.op,
        [options.prop]: this[args]
      };
    },
    [symbol2](that) {
      return isExit(that) && that._tag === this._tag && equals(this[args], that[args]);
    },
    [symbol]() {
      return combine(string(options.op), hash(this[args]));
    }
  };
  const ExitPrimitive = function(value) {
    this[args] = value;
  };
  ExitPrimitive.prototype = Proto3;
  return function(value) {
    return new ExitPrimitive(value);
  };
};
var exitSucceed = /* @__PURE__ */ makeExit({
  op: "Success",
  prop: "value",
  [evaluate](fiber3) {
    const cont = fiber3.getCont(contA);
    return cont ? cont[contA](this[args], fiber3, this) : fiber3.yieldWith(this);
  }
});
var StackTraceKey = {
  key: "effect/Cause/StackTrace"
};
var InterruptorStackTrace = {
  key: "effect/Cause/InterruptorStackTrace"
};
var exitFailCause = /* @__PURE__ */ makeExit({
  op: "Failure",
  prop: "cause",
  [evaluate](fiber3) {
    let cause = this[args];
    let annotated = false;
    if (fiber3.cache.stackFrame) {
      cause = causeAnnotate(cause, {
        mapUnsafe: /* @__PURE__ */ new Map([[StackTraceKey.key, fiber3.cache.stackFrame]])
      });
      annotated = true;
    }
    let cont = fiber3.getCont(contE);
    const interruptedCause = fiber3._interruptedCause;
    if (interruptedCause && fiber3.interruptible) {
      let skippedHandler = false;
      while (cont && fiber3.interruptible) {
        skippedHandler ||= identifier in cont;
        cont = fiber3.getCont(contE);
      }
      if (skippedHandler) {
        cause = causeFromReasons(cause.reasons.filter((reason) => reason._tag !== "Fail"));
      }
      cause = causeAddInterrupts(cause, interruptedCause);
      annotated = true;
    }
    return cont ? cont[contE](cause, fiber3, annotated ? void 0 : this) : fiber3.yieldWith(annotated ? exitFailCause(cause) : this);
  }
});
var exitFail = (e) => exitFailCause(causeFail(e));
var exitDie = (defect) => exitFailCause(causeDie(defect));
var withFiber = /* @__PURE__ */ makePrimitive({
  op: "WithFiber",
  [evaluate](fiber3) {
    return this[args](fiber3);
  }
});
var withFiberSucceed = /* @__PURE__ */ makePrimitive({
  op: "WithFiberSucceed",
  [evaluate](fiber3) {
    const value = this[args](fiber3);
    const cont = fiber3.getCont(contA);
    return cont ? cont[contA](value, fiber3) : fiber3.yieldWith(exitSucceed(value));
  }
});
var YieldableError = /* @__PURE__ */ (function() {
  class YieldableError2 extends globalThis.Error {
  }
  const proto = /* @__PURE__ */ makePrimitiveProto({
    op: "YieldableError",
    [evaluate]() {
      return exitFail(this);
    }
  });
  delete proto.toString;
  Object.assign(YieldableError2.prototype, proto);
  return YieldableError2;
})();
var Error2 = /* @__PURE__ */ (function() {
  const plainArgsSymbol = /* @__PURE__ */ Symbol.for("effect/Data/Error/plainArgs");
  return class Base extends YieldableError {
    constructor(args2) {
      super(args2?.message, args2?.cause ? {
        cause: args2.cause
      } : void 0);
      if (args2) {
        assignProperties(this, args2);
        Object.defineProperty(this, plainArgsSymbol, {
          value: args2,
          enumerable: false
        });
      }
    }
    toJSON() {
      return {
        ...this[plainArgsSymbol],
        ...this
      };
    }
  };
})();
var TaggedError = (tag) => {
  class Base extends Error2 {
    _tag = tag;
  }
  ;
  Base.prototype.name = tag;
  return Base;
};
var NoSuchElementErrorTypeId = "~effect/Cause/NoSuchElementError";
var isNoSuchElementError = (u) => hasProperty(u, NoSuchElementErrorTypeId);
var NoSuchElementError = class extends (/* @__PURE__ */ TaggedError("NoSuchElementError")) {
  [NoSuchElementErrorTypeId] = NoSuchElementErrorTypeId;
  constructor(message) {
    super({
      message
    });
  }
};
var DoneTypeId = "~effect/Cause/Done";
var isDone = (u) => hasProperty(u, DoneTypeId);
var DoneVoid = {
  [DoneTypeId]: DoneTypeId,
  _tag: "Done",
  value: void 0
};
var Done = (value) => {
  if (value === void 0) return DoneVoid;
  return {
    [DoneTypeId]: DoneTypeId,
    _tag: "Done",
    value
  };
};
var doneVoid = /* @__PURE__ */ exitFail(DoneVoid);
var done = (value) => {
  if (value === void 0) return doneVoid;
  return exitFail(Done(value));
};

// node_modules/effect/dist/Effectable.js
var Prototype = (options) => makePrimitiveProto({
  op: options.label,
  [evaluate]: options.evaluate
});

// node_modules/effect/dist/Combiner.js
function make(combine2) {
  return {
    combine: combine2
  };
}
function min(order) {
  return make((self2, that) => order(self2, that) === -1 ? self2 : that);
}
function max(order) {
  return make((self2, that) => order(self2, that) === 1 ? self2 : that);
}

// node_modules/effect/dist/Reducer.js
function make2(combine2, initialValue, combineAll) {
  return {
    combine: combine2,
    initialValue,
    combineAll: combineAll ?? ((collection) => {
      let out = initialValue;
      for (const value of collection) {
        out = combine2(out, value);
      }
      return out;
    })
  };
}

// node_modules/effect/dist/internal/doNotation.js
var let_ = (map3) => dual(3, (self2, name, f) => map3(self2, (a) => ({
  ...a,
  [name]: f(a)
})));
var bindTo = (map3) => dual(2, (self2, name) => map3(self2, (a) => ({
  [name]: a
})));
var bind = (map3, flatMap3) => dual(3, (self2, name, f) => flatMap3(self2, (a) => map3(f(a), (b) => ({
  ...a,
  [name]: b
}))));

// node_modules/effect/dist/internal/option.js
var TypeId = "~effect/Option";
var CommonProto = {
  [TypeId]: {
    _A: (_) => _
  },
  ...PipeInspectableProto,
  [Symbol.iterator]() {
    return new SingleShotGen(this);
  }
};
var SomeProto = /* @__PURE__ */ Object.defineProperty(/* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(CommonProto), {
  _tag: "Some",
  _op: "Some",
  [symbol2](that) {
    return isOption(that) && isSome(that) && equals(this.value, that.value);
  },
  [symbol]() {
    return combine(hash(this._tag))(hash(this.value));
  },
  toString() {
    return `some(${format(this.value)})`;
  },
  toJSON() {
    return {
      _id: "Option",
      _tag: this._tag,
      value: toJson(this.value)
    };
  }
}), "valueOrUndefined", {
  get() {
    return this.value;
  }
});
var NoneHash = /* @__PURE__ */ hash("None");
var NoneProto = /* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(CommonProto), {
  _tag: "None",
  _op: "None",
  valueOrUndefined: void 0,
  [symbol2](that) {
    return isOption(that) && isNone(that);
  },
  [symbol]() {
    return NoneHash;
  },
  toString() {
    return `none()`;
  },
  toJSON() {
    return {
      _id: "Option",
      _tag: this._tag
    };
  }
});
var isOption = (input) => hasProperty(input, TypeId);
var isNone = (fa) => fa._tag === "None";
var isSome = (fa) => fa._tag === "Some";
var none = /* @__PURE__ */ Object.create(NoneProto);
var SomeImpl = function(value) {
  this.value = value;
};
SomeImpl.prototype = SomeProto;
var some = (value) => new SomeImpl(value);

// node_modules/effect/dist/internal/result.js
var TypeId2 = "~effect/Result";
var CommonProto2 = {
  [TypeId2]: {
    /* v8 ignore next 2 */
    _A: (_) => _,
    _E: (_) => _
  },
  ...PipeInspectableProto,
  [Symbol.iterator]() {
    return new SingleShotGen(this);
  }
};
var SuccessProto = /* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(CommonProto2), {
  _tag: "Success",
  _op: "Success",
  [symbol2](that) {
    return isResult(that) && isSuccess(that) && equals(this.success, that.success);
  },
  [symbol]() {
    return combine(hash(this._tag))(hash(this.success));
  },
  toString() {
    return `success(${format(this.success)})`;
  },
  toJSON() {
    return {
      _id: "Result",
      _tag: this._tag,
      value: toJson(this.success)
    };
  }
});
var FailureProto = /* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(CommonProto2), {
  _tag: "Failure",
  _op: "Failure",
  [symbol2](that) {
    return isResult(that) && isFailure(that) && equals(this.failure, that.failure);
  },
  [symbol]() {
    return combine(hash(this._tag))(hash(this.failure));
  },
  toString() {
    return `failure(${format(this.failure)})`;
  },
  toJSON() {
    return {
      _id: "Result",
      _tag: this._tag,
      failure: toJson(this.failure)
    };
  }
});
var isResult = (input) => hasProperty(input, TypeId2);
var isFailure = (result3) => result3._tag === "Failure";
var isSuccess = (result3) => result3._tag === "Success";
var FailureImpl = function(failure) {
  this.failure = failure;
};
FailureImpl.prototype = FailureProto;
var fail = (failure) => new FailureImpl(failure);
var SuccessImpl = function(success) {
  this.success = success;
};
SuccessImpl.prototype = SuccessProto;
var succeed = (success) => new SuccessImpl(success);

// node_modules/effect/dist/Order.js
function make3(compare) {
  return (self2, that) => self2 === that ? 0 : compare(self2, that);
}
var Number2 = /* @__PURE__ */ make3((self2, that) => {
  if (globalThis.Number.isNaN(self2) && globalThis.Number.isNaN(that)) return 0;
  if (globalThis.Number.isNaN(self2)) return -1;
  if (globalThis.Number.isNaN(that)) return 1;
  return self2 < that ? -1 : 1;
});
var mapInput = /* @__PURE__ */ dual(2, (self2, f) => make3((b1, b2) => self2(f(b1), f(b2))));
var isLessThan = (O) => dual(2, (self2, that) => O(self2, that) === -1);
var isGreaterThan = (O) => dual(2, (self2, that) => O(self2, that) === 1);
var isLessThanOrEqualTo = (O) => dual(2, (self2, that) => O(self2, that) !== 1);
var isGreaterThanOrEqualTo = (O) => dual(2, (self2, that) => O(self2, that) !== -1);
var min2 = (O) => dual(2, (self2, that) => self2 === that || O(self2, that) < 1 ? self2 : that);
var max2 = (O) => dual(2, (self2, that) => self2 === that || O(self2, that) > -1 ? self2 : that);
var clamp = (O) => dual(2, (self2, options) => min2(O)(options.maximum, max2(O)(options.minimum, self2)));
var isBetween = (O) => dual(2, (self2, options) => !isLessThan(O)(self2, options.minimum) && !isGreaterThan(O)(self2, options.maximum));

// node_modules/effect/dist/Option.js
var none2 = () => none;
var some2 = some;
var isOption2 = isOption;
var isNone2 = isNone;
var isSome2 = isSome;
var getOrElse = /* @__PURE__ */ dual(2, (self2, onNone) => isNone2(self2) ? onNone() : self2.value);
var fromUndefinedOr = (a) => a === void 0 ? none2() : some2(a);
var getOrUndefined = /* @__PURE__ */ getOrElse(constUndefined);
var liftThrowable = (f) => (...a) => {
  try {
    return some2(f(...a));
  } catch {
    return none2();
  }
};

// node_modules/effect/dist/Context.js
var ServiceTypeId = "~effect/Context/Service";
var Service = function() {
  function KeyClass() {
  }
  const self2 = KeyClass;
  Object.setPrototypeOf(self2, ServiceProto);
  const init = (key, options) => {
    self2.key = key;
    if (options?.defaultValue) {
      self2[ReferenceTypeId] = ReferenceTypeId;
      self2.defaultValue = options.defaultValue;
    }
    if (options?.make) {
      ;
      self2.make = options.make;
    }
    if (options?.fiberCached) {
      cacheKeys.add(key);
    }
    return self2;
  };
  return arguments.length > 0 ? init(arguments[0], arguments[1]) : init;
};
var ServiceProto = {
  [ServiceTypeId]: ServiceTypeId,
  .../* @__PURE__ */ Prototype({
    label: "Service",
    evaluate(fiber3) {
      return exitSucceed(get(fiber3.context, this));
    }
  }),
  toJSON() {
    return {
      _id: "Service",
      key: this.key
    };
  },
  of(self2) {
    return self2;
  },
  context(self2) {
    return make4(this, self2);
  },
  use(f) {
    return withFiber((fiber3) => f(get(fiber3.context, this)));
  },
  useSync(f) {
    return withFiber((fiber3) => exitSucceed(f(get(fiber3.context, this))));
  }
};
var cacheKeys = /* @__PURE__ */ new Set();
var ReferenceTypeId = "~effect/Context/Reference";
var TypeId3 = "~effect/Context";
var MaxDepth = 8;
var FlattenAfterBaseHits = 8;
var makeImpl = (cacheRoot, base, overlay, depth) => {
  const self2 = Object.create(Proto);
  self2.cacheRoot = cacheRoot ?? self2;
  self2.base = base;
  self2.overlay = overlay;
  self2.depth = depth;
  self2._flat = void 0;
  self2.baseHits = 0;
  return self2;
};
var applyOverlays = (map3, overlay) => {
  if (!overlay) return;
  applyOverlays(map3, overlay.parent);
  map3.set(overlay.key, overlay.value);
};
var flatten3 = (self2) => {
  if (self2._flat) return self2._flat;
  if (!self2.overlay) return self2._flat = self2.base;
  const map3 = new Map(self2.base);
  applyOverlays(map3, self2.overlay);
  return self2._flat = map3;
};
var withFlat = (self2, f) => {
  const map3 = new Map(self2.mapUnsafe);
  f(map3);
  return makeUnsafe(map3);
};
var notFound = /* @__PURE__ */ Symbol();
var lookup = (self2, key) => {
  const impl = self2;
  for (let overlay = impl.overlay; overlay; overlay = overlay.parent) {
    if (overlay.key === key) return overlay.value;
  }
  const value = impl.base.get(key);
  if (value === void 0 && !impl.base.has(key)) return notFound;
  if (impl.overlay && ++impl.baseHits >= impl.base.size && impl.baseHits >= FlattenAfterBaseHits) {
    impl.base = flatten3(impl);
    impl.overlay = void 0;
    impl.depth = 0;
  }
  return value;
};
var makeUnsafe = (mapUnsafe) => makeImpl(void 0, mapUnsafe, void 0, 0);
var Proto = {
  get mapUnsafe() {
    return flatten3(this);
  },
  ...PipeInspectableProto,
  [TypeId3]: {
    _Services: (_) => _
  },
  toJSON() {
    return {
      _id: "Context",
      services: Array.from(this.mapUnsafe).map(([key, value]) => ({
        key,
        value
      }))
    };
  },
  [symbol2](that) {
    if (!isContext(that)) return false;
    const self2 = this.mapUnsafe;
    const other = that.mapUnsafe;
    if (self2.size !== other.size) return false;
    for (const [key, value] of self2) {
      if (!other.has(key) || !equals(value, other.get(key))) return false;
    }
    return true;
  },
  [symbol]() {
    return number(this.mapUnsafe.size);
  }
};
var hasSameCache = (self2, that) => self2.cacheRoot === that.cacheRoot;
var isContext = (u) => hasProperty(u, TypeId3);
var isKey = (u) => hasProperty(u, ServiceTypeId);
var isReference = (u) => !!u[ReferenceTypeId];
var empty = () => emptyContext2;
var emptyContext2 = /* @__PURE__ */ makeUnsafe(/* @__PURE__ */ new Map());
var make4 = (key, service3) => makeUnsafe(/* @__PURE__ */ new Map([[key.key, service3]]));
var add = /* @__PURE__ */ dual(3, (self2, key, service3) => addUnsafe(self2, key.key, service3));
var addUnsafe = (self2, key, service3) => {
  const impl = self2;
  const cacheRoot = cacheKeys.has(key) ? void 0 : impl.cacheRoot;
  if (impl.depth >= MaxDepth) {
    const map3 = new Map(impl._flat ?? impl.base);
    if (!impl._flat) applyOverlays(map3, impl.overlay);
    map3.set(key, service3);
    return makeImpl(cacheRoot, map3, void 0, 0);
  }
  return makeImpl(cacheRoot, impl.base, {
    key,
    value: service3,
    parent: impl.overlay
  }, impl.depth + 1);
};
var addOrOmit = /* @__PURE__ */ dual(3, (self2, key, service3) => service3._tag === "None" ? omit(key)(self2) : add(self2, key, service3.value));
var getOrElse2 = /* @__PURE__ */ dual(3, (self2, key, orElse) => {
  const value = lookup(self2, key.key);
  if (value !== notFound) return value;
  return isReference(key) ? getDefaultValue(key) : orElse();
});
var getOrUndefined2 = /* @__PURE__ */ dual(2, (self2, key) => getOrUndefinedUnsafe(self2, key.key));
var getOrUndefinedUnsafe = (self2, key) => {
  const value = lookup(self2, key);
  return value === notFound ? void 0 : value;
};
var getUnsafe = /* @__PURE__ */ dual(2, (self2, service3) => {
  const value = lookup(self2, service3.key);
  if (value === notFound) {
    if (isReference(service3)) return getDefaultValue(service3);
    throw serviceNotFoundError(service3);
  }
  return value;
});
var get = getUnsafe;
var defaultValueCacheKey = "~effect/Context/defaultValue";
var getDefaultValue = (ref) => {
  if (defaultValueCacheKey in ref) {
    return ref[defaultValueCacheKey];
  }
  return ref[defaultValueCacheKey] = ref.defaultValue();
};
var serviceNotFoundError = (service3) => {
  const error = new Error(`Service not found${service3.key ? `: ${String(service3.key)}` : ""}`);
  if (error.stack) {
    const lines = error.stack.split("\n");
    lines.splice(1, 3);
    error.stack = lines.join("\n");
  }
  return error;
};
var getOption = /* @__PURE__ */ dual(2, (self2, service3) => {
  const value = lookup(self2, service3.key);
  if (value !== notFound) return some2(value);
  return isReference(service3) ? some2(getDefaultValue(service3)) : none2();
});
var merge = /* @__PURE__ */ dual(2, (self2, that) => {
  if (self2.mapUnsafe.size === 0) return that;
  if (that.mapUnsafe.size === 0) return self2;
  return withFlat(self2, (map3) => that.mapUnsafe.forEach((value, key) => map3.set(key, value)));
});
var mergeAll = (...ctxs) => {
  const map3 = /* @__PURE__ */ new Map();
  for (let i = 0; i < ctxs.length; i++) {
    ctxs[i].mapUnsafe.forEach((value, key) => {
      map3.set(key, value);
    });
  }
  return makeUnsafe(map3);
};
var pick = (...services) => (self2) => {
  if (services.length <= 1) {
    const map3 = /* @__PURE__ */ new Map();
    if (services.length === 1) {
      const key = services[0].key;
      const value = lookup(self2, key);
      if (value !== notFound) map3.set(key, value);
    }
    return makeUnsafe(map3);
  }
  const keep2 = new Set(services.map((key) => key.key));
  return withFlat(self2, (map3) => map3.forEach((_, key) => {
    if (!keep2.has(key)) map3.delete(key);
  }));
};
var omit = (...keys) => (self2) => withFlat(self2, (map3) => {
  for (let i = 0; i < keys.length; i++) {
    map3.delete(keys[i].key);
  }
});
var Reference = Service;

// node_modules/effect/dist/internal/array.js
var isArrayNonEmpty = (self2) => self2.length > 0;

// node_modules/effect/dist/Result.js
var succeed2 = succeed;
var fail2 = fail;
var isFailure2 = isFailure;
var isSuccess2 = isSuccess;
var match = /* @__PURE__ */ dual(2, (self2, {
  onFailure,
  onSuccess
}) => isFailure2(self2) ? onFailure(self2.failure) : onSuccess(self2.success));

// node_modules/effect/dist/Iterable.js
var filter = /* @__PURE__ */ dual(2, (self2, predicate) => ({
  [Symbol.iterator]() {
    const iterator = self2[Symbol.iterator]();
    let i = 0;
    return {
      next() {
        let result3 = iterator.next();
        while (!result3.done) {
          if (predicate(result3.value, i++)) {
            return {
              done: false,
              value: result3.value
            };
          }
          result3 = iterator.next();
        }
        return {
          done: true,
          value: void 0
        };
      }
    };
  }
}));

// node_modules/effect/dist/Array.js
var Array2 = globalThis.Array;
var fromIterable = (collection) => Array2.isArray(collection) ? collection : Array2.from(collection);
var isArray2 = Array2.isArray;
var isArrayNonEmpty2 = isArrayNonEmpty;
var empty2 = () => [];
var getSomes = (self2) => {
  const out = [];
  for (const a of self2) {
    if (isSome2(a)) {
      out.push(a.value);
    }
  }
  return out;
};
var partition = /* @__PURE__ */ dual(2, (self2, f) => {
  const passes = [];
  const fails = [];
  let i = 0;
  for (const a of self2) {
    const result3 = f(a, i++);
    if (isSuccess2(result3)) {
      passes.push(result3.success);
    } else {
      fails.push(result3.failure);
    }
  }
  return [passes, fails];
});

// node_modules/effect/dist/Duration.js
var Duration_exports = {};
__export(Duration_exports, {
  CombinerMax: () => CombinerMax,
  CombinerMin: () => CombinerMin,
  Equivalence: () => Equivalence,
  Order: () => Order,
  ReducerSum: () => ReducerSum,
  abs: () => abs,
  between: () => between,
  clamp: () => clamp2,
  days: () => days,
  divide: () => divide,
  divideUnsafe: () => divideUnsafe,
  equals: () => equals2,
  format: () => format2,
  fromInput: () => fromInput,
  fromInputUnsafe: () => fromInputUnsafe,
  hours: () => hours,
  infinity: () => infinity,
  isDuration: () => isDuration,
  isFinite: () => isFinite,
  isGreaterThan: () => isGreaterThan2,
  isGreaterThanOrEqualTo: () => isGreaterThanOrEqualTo2,
  isLessThan: () => isLessThan2,
  isLessThanOrEqualTo: () => isLessThanOrEqualTo2,
  isNegative: () => isNegative,
  isPositive: () => isPositive,
  isZero: () => isZero,
  match: () => match2,
  matchPair: () => matchPair,
  max: () => max3,
  micros: () => micros,
  millis: () => millis,
  min: () => min3,
  minutes: () => minutes,
  nanos: () => nanos,
  negate: () => negate,
  negativeInfinity: () => negativeInfinity,
  parts: () => parts,
  seconds: () => seconds,
  subtract: () => subtract,
  sum: () => sum,
  times: () => times,
  toDays: () => toDays,
  toHours: () => toHours,
  toHrTime: () => toHrTime,
  toMillis: () => toMillis,
  toMinutes: () => toMinutes,
  toNanos: () => toNanos,
  toNanosUnsafe: () => toNanosUnsafe,
  toSeconds: () => toSeconds,
  toWeeks: () => toWeeks,
  weeks: () => weeks,
  zero: () => zero
});
var TypeId4 = "~effect/Duration";
var bigint0 = /* @__PURE__ */ BigInt(0);
var bigint1 = /* @__PURE__ */ BigInt(1);
var bigint2 = /* @__PURE__ */ BigInt(2);
var bigint10 = /* @__PURE__ */ BigInt(10);
var bigint24 = /* @__PURE__ */ BigInt(24);
var bigint60 = /* @__PURE__ */ BigInt(60);
var bigint1e3 = /* @__PURE__ */ BigInt(1e3);
var bigint1e6 = /* @__PURE__ */ BigInt(1e6);
var bigint1e9 = /* @__PURE__ */ BigInt(1e9);
var bigintNanosPerMinute = /* @__PURE__ */ BigInt(6e10);
var bigintNanosPerHour = /* @__PURE__ */ BigInt(36e11);
var bigintNanosPerDay = /* @__PURE__ */ BigInt(864e11);
var bigintNanosPerWeek = /* @__PURE__ */ BigInt(6048e11);
var roundTiesAwayFromZero = (input) => BigInt(Math.sign(input) * Math.round(Math.abs(input)));
var roundMillisToNanos = (millis2) => Number.isInteger(millis2) ? BigInt(millis2) * bigint1e6 : roundTiesAwayFromZero(millis2 * 1e6);
var fromNanosNumber = (nanos2) => make5(Number.isFinite(nanos2) ? roundTiesAwayFromZero(nanos2) : nanos2);
var nanosToUnit = (nanos2, divisor) => {
  const value = Number(nanos2);
  if (Number.isFinite(value)) return value / divisor;
  const scale = BigInt(divisor);
  return Number(nanos2 / scale) + Number(nanos2 % scale) / divisor;
};
var parseNanos = (input, scale) => {
  const decimalIndex = input.indexOf(".");
  if (decimalIndex === -1) return BigInt(input) * scale;
  const isNegative2 = input[0] === "-";
  const fractional = input.slice(decimalIndex + 1);
  const fractionalScale = bigint10 ** BigInt(fractional.length);
  const scaled = (BigInt(input.slice(isNegative2 ? 1 : 0, decimalIndex)) * fractionalScale + BigInt(fractional)) * scale;
  return divideTiesAwayFromZero(isNegative2 ? -scaled : scaled, fractionalScale);
};
var divideTiesAwayFromZero = (numerator, denominator) => {
  const absolute = numerator < bigint0 ? -numerator : numerator;
  const rounded = absolute / denominator + (absolute % denominator * bigint2 >= denominator ? bigint1 : bigint0);
  return numerator < bigint0 ? -rounded : rounded;
};
var fromMillisString = (input, scale) => {
  const millis2 = Number(input) * scale;
  if (!Number.isFinite(millis2)) return make5(millis2);
  const nanos2 = parseNanos(input, BigInt(scale) * bigint1e6);
  return make5(Number.isInteger(millis2) && BigInt(millis2) * bigint1e6 === nanos2 ? millis2 : nanos2);
};
var nanosToHrTime = (nanos2) => {
  const sign = nanos2 < bigint0 ? -bigint1 : bigint1;
  const absolute = nanos2 < bigint0 ? -nanos2 : nanos2;
  return [Number(sign * (absolute / bigint1e9)), Number(sign * (absolute % bigint1e9))];
};
var DURATION_REGEXP = /^(-?\d+(?:\.\d+)?)\s+(nanos?|micros?|millis?|seconds?|minutes?|hours?|days?|weeks?)$/;
var fromInputUnsafe = (input) => {
  switch (typeof input) {
    case "number":
      return millis(input);
    case "bigint":
      return nanos(input);
    case "string": {
      if (input === "Infinity") {
        return infinity;
      }
      if (input === "-Infinity") {
        return negativeInfinity;
      }
      const match5 = DURATION_REGEXP.exec(input);
      if (!match5) break;
      const [_, valueStr, unit] = match5;
      if (unit === "nano" || unit === "nanos") {
        return nanos(parseNanos(valueStr, bigint1));
      }
      if (unit === "micro" || unit === "micros") {
        return nanos(parseNanos(valueStr, bigint1e3));
      }
      switch (unit) {
        case "milli":
        case "millis":
          return fromMillisString(valueStr, 1);
        case "second":
        case "seconds":
          return fromMillisString(valueStr, 1e3);
        case "minute":
        case "minutes":
          return fromMillisString(valueStr, 6e4);
        case "hour":
        case "hours":
          return fromMillisString(valueStr, 36e5);
        case "day":
        case "days":
          return fromMillisString(valueStr, 864e5);
        case "week":
        case "weeks":
          return fromMillisString(valueStr, 6048e5);
      }
      break;
    }
    case "object": {
      if (input === null) break;
      if (TypeId4 in input) return input;
      if (Array.isArray(input)) {
        if (input.length !== 2 || !input.every(isNumber)) {
          return invalid(input);
        }
        if (Number.isNaN(input[0]) || Number.isNaN(input[1])) {
          return zero;
        }
        if (input[0] === -Infinity || input[1] === -Infinity) {
          return negativeInfinity;
        }
        if (input[0] === Infinity || input[1] === Infinity) {
          return infinity;
        }
        const nanos3 = input[0] * 1e9 + input[1];
        return Number.isFinite(nanos3) && Number.isInteger(input[0]) && Number.isInteger(input[1]) ? make5(BigInt(input[0]) * bigint1e9 + BigInt(input[1])) : fromNanosNumber(nanos3);
      }
      const obj = input;
      let millis2 = 0;
      if (obj.weeks) millis2 += obj.weeks * 6048e5;
      if (obj.days) millis2 += obj.days * 864e5;
      if (obj.hours) millis2 += obj.hours * 36e5;
      if (obj.minutes) millis2 += obj.minutes * 6e4;
      if (obj.seconds) millis2 += obj.seconds * 1e3;
      if (obj.milliseconds) millis2 += obj.milliseconds;
      if (!obj.microseconds && !obj.nanoseconds) {
        if (!Number.isFinite(millis2)) return make5(millis2);
        const exact2 = sumObjectNanos(obj);
        return exact2 === void 0 || BigInt(millis2) * bigint1e6 === exact2 ? make5(millis2) : make5(exact2);
      }
      const nanos2 = millis2 * 1e6 + (obj.microseconds ?? 0) * 1e3 + (obj.nanoseconds ?? 0);
      const exact = Number.isFinite(nanos2) ? sumObjectNanos(obj) : void 0;
      return exact === void 0 ? fromNanosNumber(nanos2) : make5(exact);
    }
  }
  return invalid(input);
};
var isIntegerOrUnset = (n) => !n || Number.isInteger(n);
var sumObjectNanos = (obj) => {
  if (!isIntegerOrUnset(obj.weeks) || !isIntegerOrUnset(obj.days) || !isIntegerOrUnset(obj.hours) || !isIntegerOrUnset(obj.minutes) || !isIntegerOrUnset(obj.seconds) || !isIntegerOrUnset(obj.milliseconds) || !isIntegerOrUnset(obj.microseconds) || !isIntegerOrUnset(obj.nanoseconds)) return void 0;
  let nanos2 = bigint0;
  if (obj.weeks) nanos2 += BigInt(obj.weeks) * bigintNanosPerWeek;
  if (obj.days) nanos2 += BigInt(obj.days) * bigintNanosPerDay;
  if (obj.hours) nanos2 += BigInt(obj.hours) * bigintNanosPerHour;
  if (obj.minutes) nanos2 += BigInt(obj.minutes) * bigintNanosPerMinute;
  if (obj.seconds) nanos2 += BigInt(obj.seconds) * bigint1e9;
  if (obj.milliseconds) nanos2 += BigInt(obj.milliseconds) * bigint1e6;
  if (obj.microseconds) nanos2 += BigInt(obj.microseconds) * bigint1e3;
  if (obj.nanoseconds) nanos2 += BigInt(obj.nanoseconds);
  return nanos2;
};
var invalid = (input) => {
  throw new Error(`Invalid Input: ${input}`);
};
var fromInput = /* @__PURE__ */ liftThrowable(fromInputUnsafe);
var zeroDurationValue = {
  _tag: "Millis",
  millis: 0
};
var infinityDurationValue = {
  _tag: "Infinity"
};
var negativeInfinityDurationValue = {
  _tag: "NegativeInfinity"
};
var DurationProto = {
  [TypeId4]: TypeId4,
  [symbol]() {
    switch (this.value._tag) {
      case "Millis":
        return hash(roundMillisToNanos(this.value.millis));
      case "Nanos":
        return hash(this.value.nanos);
      default:
        return structure(this.value);
    }
  },
  [symbol2](that) {
    return isDuration(that) && equals2(this, that);
  },
  toString() {
    switch (this.value._tag) {
      case "Infinity":
        return "Infinity";
      case "NegativeInfinity":
        return "-Infinity";
      case "Nanos":
        return `${this.value.nanos} nanos`;
      case "Millis":
        return `${this.value.millis} millis`;
    }
  },
  toJSON() {
    switch (this.value._tag) {
      case "Millis":
        return {
          _id: "Duration",
          _tag: "Millis",
          millis: this.value.millis
        };
      case "Nanos":
        return {
          _id: "Duration",
          _tag: "Nanos",
          nanos: String(this.value.nanos)
        };
      case "Infinity":
        return {
          _id: "Duration",
          _tag: "Infinity"
        };
      case "NegativeInfinity":
        return {
          _id: "Duration",
          _tag: "NegativeInfinity"
        };
    }
  },
  [NodeInspectSymbol]() {
    return this.toJSON();
  },
  pipe() {
    return pipeArguments(this, arguments);
  }
};
var make5 = (input) => {
  const duration = Object.create(DurationProto);
  if (typeof input === "number") {
    if (isNaN(input) || input === 0 || Object.is(input, -0)) {
      duration.value = zeroDurationValue;
    } else if (!Number.isFinite(input)) {
      duration.value = input > 0 ? infinityDurationValue : negativeInfinityDurationValue;
    } else if (!Number.isInteger(input)) {
      duration.value = {
        _tag: "Nanos",
        nanos: roundMillisToNanos(input)
      };
    } else {
      duration.value = {
        _tag: "Millis",
        millis: input
      };
    }
  } else if (input === bigint0) {
    duration.value = zeroDurationValue;
  } else {
    duration.value = {
      _tag: "Nanos",
      nanos: input
    };
  }
  return duration;
};
var isDuration = (u) => hasProperty(u, TypeId4);
var isFinite = (self2) => self2.value._tag !== "Infinity" && self2.value._tag !== "NegativeInfinity";
var isZero = (self2) => {
  switch (self2.value._tag) {
    case "Millis":
      return self2.value.millis === 0;
    case "Nanos":
      return self2.value.nanos === bigint0;
    case "Infinity":
    case "NegativeInfinity":
      return false;
  }
};
var isNegative = (self2) => {
  switch (self2.value._tag) {
    case "Millis":
      return self2.value.millis < 0;
    case "Nanos":
      return self2.value.nanos < bigint0;
    case "NegativeInfinity":
      return true;
    case "Infinity":
      return false;
  }
};
var isPositive = (self2) => {
  switch (self2.value._tag) {
    case "Millis":
      return self2.value.millis > 0;
    case "Nanos":
      return self2.value.nanos > bigint0;
    case "Infinity":
      return true;
    case "NegativeInfinity":
      return false;
  }
};
var abs = (self2) => {
  switch (self2.value._tag) {
    case "Infinity":
    case "NegativeInfinity":
      return infinity;
    case "Millis":
      return self2.value.millis < 0 ? make5(-self2.value.millis) : self2;
    case "Nanos":
      return self2.value.nanos < bigint0 ? make5(-self2.value.nanos) : self2;
  }
};
var negate = (self2) => {
  switch (self2.value._tag) {
    case "Infinity":
      return negativeInfinity;
    case "NegativeInfinity":
      return infinity;
    case "Millis":
      return self2.value.millis === 0 ? self2 : make5(-self2.value.millis);
    case "Nanos":
      return self2.value.nanos === bigint0 ? self2 : make5(-self2.value.nanos);
  }
};
var zero = /* @__PURE__ */ make5(0);
var infinity = /* @__PURE__ */ make5(Infinity);
var negativeInfinity = /* @__PURE__ */ make5(-Infinity);
var nanos = (nanos2) => make5(nanos2);
var micros = (micros2) => make5(micros2 * bigint1e3);
var millis = (millis2) => make5(millis2);
var seconds = (seconds2) => make5(seconds2 * 1e3);
var minutes = (minutes2) => make5(minutes2 * 6e4);
var hours = (hours2) => make5(hours2 * 36e5);
var days = (days2) => make5(days2 * 864e5);
var weeks = (weeks2) => make5(weeks2 * 6048e5);
var toMillis = (self2) => match2(fromInputUnsafe(self2), {
  onMillis: identity,
  onNanos: (nanos2) => nanosToUnit(nanos2, 1e6),
  onInfinity: () => Infinity,
  onNegativeInfinity: () => -Infinity
});
var toSeconds = (self2) => match2(fromInputUnsafe(self2), {
  onMillis: (millis2) => millis2 / 1e3,
  onNanos: (nanos2) => nanosToUnit(nanos2, 1e9),
  onInfinity: () => Infinity,
  onNegativeInfinity: () => -Infinity
});
var toMinutes = (self2) => match2(fromInputUnsafe(self2), {
  onMillis: (millis2) => millis2 / 6e4,
  onNanos: (nanos2) => nanosToUnit(nanos2, 6e10),
  onInfinity: () => Infinity,
  onNegativeInfinity: () => -Infinity
});
var toHours = (self2) => match2(fromInputUnsafe(self2), {
  onMillis: (millis2) => millis2 / 36e5,
  onNanos: (nanos2) => nanosToUnit(nanos2, 36e11),
  onInfinity: () => Infinity,
  onNegativeInfinity: () => -Infinity
});
var toDays = (self2) => match2(fromInputUnsafe(self2), {
  onMillis: (millis2) => millis2 / 864e5,
  onNanos: (nanos2) => nanosToUnit(nanos2, 864e11),
  onInfinity: () => Infinity,
  onNegativeInfinity: () => -Infinity
});
var toWeeks = (self2) => match2(fromInputUnsafe(self2), {
  onMillis: (millis2) => millis2 / 6048e5,
  onNanos: (nanos2) => nanosToUnit(nanos2, 6048e11),
  onInfinity: () => Infinity,
  onNegativeInfinity: () => -Infinity
});
var toNanosUnsafe = (input) => {
  const self2 = fromInputUnsafe(input);
  switch (self2.value._tag) {
    case "Infinity":
    case "NegativeInfinity":
      throw new Error("Cannot convert infinite duration to nanos");
    case "Nanos":
      return self2.value.nanos;
    case "Millis":
      return roundMillisToNanos(self2.value.millis);
  }
};
var toNanos = /* @__PURE__ */ liftThrowable(toNanosUnsafe);
var toHrTime = (input) => {
  const self2 = fromInputUnsafe(input);
  switch (self2.value._tag) {
    case "Infinity":
      return [Infinity, 0];
    case "NegativeInfinity":
      return [-Infinity, 0];
    case "Nanos":
      return nanosToHrTime(self2.value.nanos);
    case "Millis":
      return nanosToHrTime(roundMillisToNanos(self2.value.millis));
  }
};
var match2 = /* @__PURE__ */ dual(2, (self2, options) => {
  switch (self2.value._tag) {
    case "Millis":
      return options.onMillis(self2.value.millis);
    case "Nanos":
      return options.onNanos(self2.value.nanos);
    case "Infinity":
      return options.onInfinity();
    case "NegativeInfinity":
      return (options.onNegativeInfinity ?? options.onInfinity)();
  }
});
var matchPair = /* @__PURE__ */ dual(3, (self2, that, options) => {
  if (self2.value._tag === "Infinity" || self2.value._tag === "NegativeInfinity" || that.value._tag === "Infinity" || that.value._tag === "NegativeInfinity") return options.onInfinity(self2, that);
  if (self2.value._tag === "Millis") {
    return that.value._tag === "Millis" ? options.onMillis(self2.value.millis, that.value.millis) : options.onNanos(toNanosUnsafe(self2), that.value.nanos);
  } else {
    return options.onNanos(self2.value.nanos, toNanosUnsafe(that));
  }
});
var Order = /* @__PURE__ */ make3((self2, that) => matchPair(self2, that, {
  onMillis: (self3, that2) => self3 < that2 ? -1 : self3 > that2 ? 1 : 0,
  onNanos: (self3, that2) => self3 < that2 ? -1 : self3 > that2 ? 1 : 0,
  onInfinity: (self3, that2) => {
    if (self3.value._tag === that2.value._tag) return 0;
    if (self3.value._tag === "Infinity") return 1;
    if (self3.value._tag === "NegativeInfinity") return -1;
    if (that2.value._tag === "Infinity") return -1;
    return 1;
  }
}));
var between = /* @__PURE__ */ isBetween(Order);
var Equivalence = (self2, that) => matchPair(self2, that, {
  onMillis: (self3, that2) => self3 === that2,
  onNanos: (self3, that2) => self3 === that2,
  onInfinity: (self3, that2) => self3.value._tag === that2.value._tag
});
var min3 = /* @__PURE__ */ min2(Order);
var max3 = /* @__PURE__ */ max2(Order);
var clamp2 = /* @__PURE__ */ clamp(Order);
var divide = /* @__PURE__ */ dual(2, (self2, by) => {
  if (!Number.isFinite(by)) return none2();
  if (by === 0 || Object.is(by, -0)) return none2();
  return match2(self2, {
    onMillis: (millis2) => some2(make5(millis2 / by)),
    onNanos: (nanos2) => {
      try {
        return some2(make5(nanos2 / BigInt(by)));
      } catch {
        return none2();
      }
    },
    onInfinity: () => some2(by > 0 ? infinity : negativeInfinity),
    onNegativeInfinity: () => some2(by > 0 ? negativeInfinity : infinity)
  });
});
var divideUnsafe = /* @__PURE__ */ dual(2, (self2, by) => {
  if (!Number.isFinite(by)) return zero;
  return match2(self2, {
    onMillis: (millis2) => make5(millis2 / by),
    onNanos: (nanos2) => {
      if (Object.is(by, 0) || Object.is(by, -0)) {
        if (nanos2 === bigint0) return zero;
        const positiveNanos = nanos2 > bigint0;
        const positiveZero = Object.is(by, 0);
        return positiveNanos === positiveZero ? infinity : negativeInfinity;
      }
      try {
        return make5(nanos2 / BigInt(by));
      } catch {
        return zero;
      }
    },
    onInfinity: () => by > 0 ? infinity : by < 0 ? negativeInfinity : zero,
    onNegativeInfinity: () => by > 0 ? negativeInfinity : by < 0 ? infinity : zero
  });
});
var times = /* @__PURE__ */ dual(2, (self2, times2) => match2(self2, {
  onMillis: (millis2) => make5(millis2 * times2),
  onNanos: (nanos2) => {
    if (Number.isInteger(times2)) return make5(nanos2 * BigInt(times2));
    const nanosNumber = Number(nanos2);
    const scaled = nanosNumber * times2;
    if (!Number.isFinite(times2) || Number.isSafeInteger(nanosNumber) && Math.abs(scaled) <= Number.MAX_SAFE_INTEGER) {
      return fromNanosNumber(scaled);
    }
    let numerator = times2;
    let denominator = bigint1;
    while (!Number.isInteger(numerator)) {
      numerator *= 2;
      denominator *= bigint2;
    }
    return make5(divideTiesAwayFromZero(nanos2 * BigInt(numerator), denominator));
  },
  onInfinity: () => times2 > 0 ? infinity : times2 < 0 ? negativeInfinity : zero,
  onNegativeInfinity: () => times2 > 0 ? negativeInfinity : times2 < 0 ? infinity : zero
}));
var subtract = /* @__PURE__ */ dual(2, (self2, that) => matchPair(self2, that, {
  onMillis: (self3, that2) => make5(self3 - that2),
  onNanos: (self3, that2) => make5(self3 - that2),
  onInfinity: (self3, that2) => {
    const s = self3.value._tag;
    const t = that2.value._tag;
    if (s === "Infinity") return t === "Infinity" ? zero : infinity;
    if (s === "NegativeInfinity") return t === "NegativeInfinity" ? zero : negativeInfinity;
    return t === "Infinity" ? negativeInfinity : infinity;
  }
}));
var sum = /* @__PURE__ */ dual(2, (self2, that) => matchPair(self2, that, {
  onMillis: (self3, that2) => make5(self3 + that2),
  onNanos: (self3, that2) => make5(self3 + that2),
  onInfinity: (self3, that2) => {
    const s = self3.value._tag;
    const t = that2.value._tag;
    if (s === "Infinity" && t === "NegativeInfinity") return zero;
    if (s === "NegativeInfinity" && t === "Infinity") return zero;
    if (s === "Infinity" || t === "Infinity") return infinity;
    if (s === "NegativeInfinity" || t === "NegativeInfinity") return negativeInfinity;
    return zero;
  }
}));
var isLessThan2 = /* @__PURE__ */ isLessThan(Order);
var isLessThanOrEqualTo2 = /* @__PURE__ */ isLessThanOrEqualTo(Order);
var isGreaterThan2 = /* @__PURE__ */ isGreaterThan(Order);
var isGreaterThanOrEqualTo2 = /* @__PURE__ */ isGreaterThanOrEqualTo(Order);
var equals2 = /* @__PURE__ */ dual(2, (self2, that) => Equivalence(self2, that));
var parts = (self2) => {
  if (self2.value._tag === "Infinity") {
    return {
      days: Infinity,
      hours: Infinity,
      minutes: Infinity,
      seconds: Infinity,
      millis: Infinity,
      nanos: Infinity
    };
  }
  if (self2.value._tag === "NegativeInfinity") {
    return {
      days: -Infinity,
      hours: -Infinity,
      minutes: -Infinity,
      seconds: -Infinity,
      millis: -Infinity,
      nanos: -Infinity
    };
  }
  const n = toNanosUnsafe(self2);
  const neg = n < bigint0;
  const a = neg ? -n : n;
  const ms = a / bigint1e6;
  const sec = ms / bigint1e3;
  const min4 = sec / bigint60;
  const hr = min4 / bigint60;
  const d = hr / bigint24;
  const sign = neg ? -1 : 1;
  return {
    days: sign * Number(d),
    hours: sign * Number(hr % bigint24),
    minutes: sign * Number(min4 % bigint60),
    seconds: sign * Number(sec % bigint60),
    millis: sign * Number(ms % bigint1e3),
    nanos: sign * Number(a % bigint1e6)
  };
};
var format2 = (self2) => {
  if (self2.value._tag === "Infinity") {
    return "Infinity";
  }
  if (self2.value._tag === "NegativeInfinity") {
    return "-Infinity";
  }
  if (isZero(self2)) {
    return "0";
  }
  if (isNegative(self2)) {
    return "-" + format2(abs(self2));
  }
  const fragments = parts(self2);
  const pieces = [];
  if (fragments.days !== 0) {
    pieces.push(`${fragments.days}d`);
  }
  if (fragments.hours !== 0) {
    pieces.push(`${fragments.hours}h`);
  }
  if (fragments.minutes !== 0) {
    pieces.push(`${fragments.minutes}m`);
  }
  if (fragments.seconds !== 0) {
    pieces.push(`${fragments.seconds}s`);
  }
  if (fragments.millis !== 0) {
    pieces.push(`${fragments.millis}ms`);
  }
  if (fragments.nanos !== 0) {
    pieces.push(`${fragments.nanos}ns`);
  }
  return pieces.join(" ");
};
var ReducerSum = /* @__PURE__ */ make2(sum, zero);
var CombinerMax = /* @__PURE__ */ max(Order);
var CombinerMin = /* @__PURE__ */ min(Order);

// node_modules/effect/dist/Scheduler.js
var Scheduler = /* @__PURE__ */ Reference("effect/Scheduler", {
  fiberCached: true,
  defaultValue: () => new MixedScheduler()
});
var setMicrotask = (f) => {
  let cancelled = false;
  Promise.resolve().then(() => {
    if (!cancelled) f();
  });
  return () => {
    cancelled = true;
  };
};
var setTimer = "setImmediate" in globalThis ? (f) => {
  const timer = globalThis.setImmediate(f);
  return () => globalThis.clearImmediate(timer);
} : (f) => {
  const timer = setTimeout(f, 0);
  return () => clearTimeout(timer);
};
var setImmediate = (f) => {
  try {
    return setTimer(f);
  } catch {
    return setMicrotask(f);
  }
};
var PriorityBuckets = class {
  buckets = [];
  scheduleTask(task, priority) {
    const buckets = this.buckets;
    const len = buckets.length;
    let bucket;
    let index = 0;
    for (; index < len; index++) {
      if (buckets[index][0] > priority) break;
      bucket = buckets[index];
    }
    if (bucket && bucket[0] === priority) {
      bucket[1].push(task);
    } else if (index === len) {
      buckets.push([priority, [task]]);
    } else {
      buckets.splice(index, 0, [priority, [task]]);
    }
  }
  drain() {
    const buckets = this.buckets;
    this.buckets = [];
    return buckets;
  }
};
var MixedScheduler = class {
  executionMode;
  setImmediate;
  constructor(executionMode = "async", setImmediateFn) {
    this.executionMode = executionMode;
    this.setImmediate = setImmediateFn ?? (executionMode === "sync" ? setMicrotask : setImmediate);
  }
  /**
   * Returns whether the fiber has reached its operation budget and should yield.
   *
   * **When to use**
   *
   * Use to decide whether a fiber should yield after consuming its current
   * operation budget.
   *
   * @since 2.0.0
   */
  shouldYield(fiber3) {
    return fiber3.currentOpCount >= fiber3.cache.maxOpsBeforeYield;
  }
  /**
   * Creates a dispatcher that schedules work through this scheduler.
   *
   * **When to use**
   *
   * Use when you need a standalone dispatcher from a scheduler instance, for
   * example in tests that enqueue tasks and then flush them deterministically.
   *
   * @since 4.0.0
   */
  makeDispatcher() {
    return new MixedSchedulerDispatcher(this.setImmediate);
  }
};
var MixedSchedulerDispatcher = class {
  tasks = /* @__PURE__ */ new PriorityBuckets();
  running = void 0;
  setImmediate;
  constructor(setImmediateFn = setImmediate) {
    this.setImmediate = setImmediateFn;
  }
  /**
   * @since 2.0.0
   */
  scheduleTask(task, priority) {
    this.tasks.scheduleTask(task, priority);
    if (this.running === void 0) {
      this.running = this.setImmediate(this.afterScheduled);
    }
  }
  /**
   * @since 2.0.0
   */
  afterScheduled = () => {
    this.running = void 0;
    this.runTasks();
  };
  /**
   * @since 2.0.0
   */
  runTasks() {
    const buckets = this.tasks.drain();
    for (let i = 0; i < buckets.length; i++) {
      const toRun = buckets[i][1];
      for (let j = 0; j < toRun.length; j++) {
        toRun[j]();
      }
    }
  }
  /**
   * @since 2.0.0
   */
  flush() {
    while (this.tasks.buckets.length > 0) {
      if (this.running !== void 0) {
        this.running();
        this.running = void 0;
      }
      this.runTasks();
    }
  }
};
var MaxOpsBeforeYield = /* @__PURE__ */ Reference("effect/Scheduler/MaxOpsBeforeYield", {
  fiberCached: true,
  defaultValue: () => 2048
});
var PreventSchedulerYield = /* @__PURE__ */ Reference("effect/Scheduler/PreventSchedulerYield", {
  fiberCached: true,
  defaultValue: () => false
});

// node_modules/effect/dist/encoding/Hex.js
var random2 = (length) => {
  switch (length) {
    case 16:
      return random16();
    case 32:
      return random32();
    default: {
      let result3 = "";
      for (let i = length >>> 3; i > 0; i--) {
        result3 += random8();
      }
      return result3;
    }
  }
};
var hexCharCodes = /* @__PURE__ */ Uint8Array.from("0123456789abcdef", (c) => c.charCodeAt(0));
var randomWord = () => Math.random() * 4294967296 >>> 0;
var random8 = () => {
  const a = randomWord();
  return String.fromCharCode(hexCharCodes[a >>> 28], hexCharCodes[a >>> 24 & 15], hexCharCodes[a >>> 20 & 15], hexCharCodes[a >>> 16 & 15], hexCharCodes[a >>> 12 & 15], hexCharCodes[a >>> 8 & 15], hexCharCodes[a >>> 4 & 15], hexCharCodes[a & 15]);
};
var random16 = () => {
  const a = randomWord();
  const b = randomWord();
  return String.fromCharCode(hexCharCodes[a >>> 28], hexCharCodes[a >>> 24 & 15], hexCharCodes[a >>> 20 & 15], hexCharCodes[a >>> 16 & 15], hexCharCodes[a >>> 12 & 15], hexCharCodes[a >>> 8 & 15], hexCharCodes[a >>> 4 & 15], hexCharCodes[a & 15], hexCharCodes[b >>> 28], hexCharCodes[b >>> 24 & 15], hexCharCodes[b >>> 20 & 15], hexCharCodes[b >>> 16 & 15], hexCharCodes[b >>> 12 & 15], hexCharCodes[b >>> 8 & 15], hexCharCodes[b >>> 4 & 15], hexCharCodes[b & 15]);
};
var random32 = () => {
  const a = randomWord();
  const b = randomWord();
  const c = randomWord();
  const d = randomWord();
  return String.fromCharCode(hexCharCodes[a >>> 28], hexCharCodes[a >>> 24 & 15], hexCharCodes[a >>> 20 & 15], hexCharCodes[a >>> 16 & 15], hexCharCodes[a >>> 12 & 15], hexCharCodes[a >>> 8 & 15], hexCharCodes[a >>> 4 & 15], hexCharCodes[a & 15], hexCharCodes[b >>> 28], hexCharCodes[b >>> 24 & 15], hexCharCodes[b >>> 20 & 15], hexCharCodes[b >>> 16 & 15], hexCharCodes[b >>> 12 & 15], hexCharCodes[b >>> 8 & 15], hexCharCodes[b >>> 4 & 15], hexCharCodes[b & 15], hexCharCodes[c >>> 28], hexCharCodes[c >>> 24 & 15], hexCharCodes[c >>> 20 & 15], hexCharCodes[c >>> 16 & 15], hexCharCodes[c >>> 12 & 15], hexCharCodes[c >>> 8 & 15], hexCharCodes[c >>> 4 & 15], hexCharCodes[c & 15], hexCharCodes[d >>> 28], hexCharCodes[d >>> 24 & 15], hexCharCodes[d >>> 20 & 15], hexCharCodes[d >>> 16 & 15], hexCharCodes[d >>> 12 & 15], hexCharCodes[d >>> 8 & 15], hexCharCodes[d >>> 4 & 15], hexCharCodes[d & 15]);
};

// node_modules/effect/dist/Tracer.js
var ParentSpanKey = "effect/Tracer/ParentSpan";
var ParentSpan = class extends (/* @__PURE__ */ Service()(ParentSpanKey, {
  fiberCached: true
})) {
};
var make6 = (options) => options;
var DisablePropagation = /* @__PURE__ */ Reference("effect/Tracer/DisablePropagation", {
  defaultValue: constFalse
});
var CurrentTraceLevel = /* @__PURE__ */ Reference("effect/Tracer/CurrentTraceLevel", {
  defaultValue: () => "Info"
});
var MinimumTraceLevel = /* @__PURE__ */ Reference("effect/Tracer/MinimumTraceLevel", {
  defaultValue: () => "All"
});
var TracerKey = "effect/Tracer";
var Tracer = /* @__PURE__ */ Reference(TracerKey, {
  fiberCached: true,
  defaultValue: () => nativeTracer
});
var nativeTracer = /* @__PURE__ */ make6({
  span: (options) => new NativeSpan(options)
});
var NativeSpan = class {
  _tag = "Span";
  sampled;
  name;
  parent;
  annotations;
  links;
  startTime;
  kind;
  status;
  _traceId = void 0;
  _spanId = void 0;
  _attributes = void 0;
  _events = void 0;
  constructor(options) {
    this.name = options.name;
    this.parent = options.parent;
    this.annotations = options.annotations;
    this.links = options.links;
    this.startTime = options.startTime;
    this.kind = options.kind;
    this.sampled = options.sampled;
    this.status = {
      _tag: "Started",
      startTime: options.startTime
    };
  }
  get traceId() {
    return this._traceId ??= getOrUndefined(this.parent)?.traceId ?? random2(32);
  }
  get spanId() {
    return this._spanId ??= random2(16);
  }
  get attributes() {
    return this._attributes ??= /* @__PURE__ */ new Map();
  }
  get events() {
    return this._events ??= [];
  }
  end(endTime, exit3) {
    this.status = {
      _tag: "Ended",
      endTime,
      exit: exit3,
      startTime: this.status.startTime
    };
  }
  attribute(key, value) {
    this.attributes.set(key, value);
  }
  event(name, startTime, attributes) {
    this.events.push([name, startTime, attributes ?? {}]);
  }
  addLinks(links) {
    this.links.push(...links);
  }
};

// node_modules/effect/dist/internal/metric.js
var FiberRuntimeMetricsKey = "effect/Metric/FiberRuntimeMetrics";

// node_modules/effect/dist/internal/references.js
var CurrentErrorReporters = /* @__PURE__ */ Reference("effect/ErrorReporter/CurrentErrorReporters", {
  defaultValue: () => /* @__PURE__ */ new Set()
});
var CurrentStackFrame = /* @__PURE__ */ Reference("effect/References/CurrentStackFrame", {
  fiberCached: true,
  defaultValue: constUndefined
});
var TracerEnabled = /* @__PURE__ */ Reference("effect/References/TracerEnabled", {
  fiberCached: true,
  defaultValue: constTrue
});
var TracerTimingEnabled = /* @__PURE__ */ Reference("effect/References/TracerTimingEnabled", {
  defaultValue: constTrue
});
var TracerSpanAnnotations = /* @__PURE__ */ Reference("effect/References/TracerSpanAnnotations", {
  defaultValue: () => ({})
});
var TracerSpanLinks = /* @__PURE__ */ Reference("effect/References/TracerSpanLinks", {
  defaultValue: () => []
});
var CurrentLogAnnotations = /* @__PURE__ */ Reference("effect/References/CurrentLogAnnotations", {
  defaultValue: () => ({})
});
var CurrentLogLevel = /* @__PURE__ */ Reference("effect/References/CurrentLogLevel", {
  fiberCached: true,
  defaultValue: () => "Info"
});
var MinimumLogLevel = /* @__PURE__ */ Reference("effect/References/MinimumLogLevel", {
  fiberCached: true,
  defaultValue: () => "Info"
});
var CurrentLogSpans = /* @__PURE__ */ Reference("effect/References/CurrentLogSpans", {
  defaultValue: () => []
});

// node_modules/effect/dist/internal/tracer.js
var addSpanStackTrace = (options) => {
  if (options?.captureStackTrace === false) {
    return options;
  } else if (options?.captureStackTrace !== void 0 && typeof options.captureStackTrace !== "boolean") {
    return options;
  }
  const limit = getStackTraceLimit();
  if (limit === 0 && options?.captureStackTrace !== true) {
    return {
      ...options,
      captureStackTrace: false
    };
  }
  setStackTraceLimit(3);
  const traceError = new Error();
  setStackTraceLimit(limit);
  return {
    ...options,
    captureStackTrace: spanCleaner(() => traceError.stack)
  };
};
var makeStackCleaner = (line) => (stack) => {
  let cache2;
  return () => {
    if (cache2 !== void 0) return cache2;
    const trace = stack();
    if (!trace) return void 0;
    const lines = trace.split("\n");
    if (lines[line] !== void 0) {
      cache2 = lines[line].trim();
      return cache2;
    }
  };
};
var spanCleaner = /* @__PURE__ */ makeStackCleaner(3);

// node_modules/effect/dist/internal/effect.js
var Interrupt = class extends ReasonBase {
  constructor(fiberId3, annotations = constEmptyAnnotations) {
    super("Interrupt", annotations, "Interrupted");
    this.fiberId = fiberId3;
  }
  toString() {
    return `Interrupt(${this.fiberId})`;
  }
  toJSON() {
    return {
      _tag: "Interrupt",
      fiberId: this.fiberId
    };
  }
  [symbol2](that) {
    return isInterruptReason(that) && this.fiberId === that.fiberId && this.annotations === that.annotations;
  }
  [symbol]() {
    return string(`${this._tag}:${this.fiberId}`);
  }
};
var causeInterrupt = (fiberId3) => new CauseImpl([new Interrupt(fiberId3)]);
var hasFails = (self2) => self2.reasons.some(isFailReason);
var findError = (self2) => {
  for (let i = 0; i < self2.reasons.length; i++) {
    const reason = self2.reasons[i];
    if (reason._tag === "Fail") {
      return succeed2(reason.error);
    }
  }
  return fail2(self2);
};
var hasDies = (self2) => self2.reasons.some(isDieReason);
var causeElectDefects = (self2) => hasDies(self2) && hasFails(self2) ? causeFromReasons(self2.reasons.map((reason) => reason._tag === "Fail" && !isDone(reason.error) ? new Die(reason.error, reason.annotations) : reason)) : self2;
var findRecoverableError = (self2) => hasDies(self2) ? fail2(causeElectDefects(self2)) : findError(self2);
var findDefect = (self2) => {
  const reason = self2.reasons.find(isDieReason);
  return reason ? succeed2(reason.defect) : fail2(self2);
};
var hasInterrupts = (self2) => self2.reasons.some(isInterruptReason);
var causeFilterInterruptors = (self2) => {
  let interruptors;
  for (let i = 0; i < self2.reasons.length; i++) {
    const f = self2.reasons[i];
    if (f._tag !== "Interrupt") continue;
    interruptors ??= /* @__PURE__ */ new Set();
    if (f.fiberId !== void 0) {
      interruptors.add(f.fiberId);
    }
  }
  return interruptors ? succeed2(interruptors) : fail2(self2);
};
var hasInterruptsOnly = (self2) => self2.reasons.length > 0 && self2.reasons.every(isInterruptReason);
var causeMap = /* @__PURE__ */ dual(2, (self2, f) => {
  let hasFail = false;
  const failures = self2.reasons.map((failure) => {
    if (isFailReason(failure)) {
      hasFail = true;
      return new Fail(f(failure.error), failure.annotations);
    }
    return failure;
  });
  return hasFail ? causeFromReasons(failures) : self2;
});
var causeSquash = (self2) => {
  let die4;
  for (const reason of self2.reasons) {
    if (reason._tag === "Fail") return reason.error;
    if (reason._tag === "Die") die4 ??= reason;
  }
  if (die4 !== void 0) return die4.defect;
  if (self2.reasons.length > 0) return new globalThis.Error("All fibers interrupted without error");
  return new globalThis.Error("Empty cause");
};
var causePrettyErrors = (self2, options) => {
  const errors = [];
  const interrupts = [];
  if (self2.reasons.length === 0) return errors;
  const prevStackLimit = getStackTraceLimit();
  if (prevStackLimit !== 0) setStackTraceLimit(1);
  try {
    for (const failure of self2.reasons) {
      if (failure._tag === "Interrupt") {
        interrupts.push(failure);
        continue;
      }
      errors.push(causePrettyError(failure._tag === "Die" ? failure.defect : failure.error, failure.annotations, options));
    }
    if (errors.length === 0) {
      const cause = new Error("The fiber was interrupted by:");
      cause.name = "InterruptCause";
      cause.stack = interruptCauseStack(cause, interrupts);
      const error = new globalThis.Error("All fibers interrupted without error", {
        cause
      });
      error.name = "InterruptError";
      error.stack = `${error.name}: ${error.message}`;
      errors.push(causePrettyError(error, interrupts[0].annotations, options));
    }
  } finally {
    if (prevStackLimit !== 0) setStackTraceLimit(prevStackLimit);
  }
  return errors;
};
var causePrettyError = (original, annotations, options, seen = /* @__PURE__ */ new Set()) => {
  const kind = typeof original;
  let error;
  if (original && kind === "object") {
    seen.add(original);
    const cause = original.cause;
    error = new globalThis.Error(causePrettyMessage(original), {
      cause: cause !== void 0 && !seen.has(cause) ? causePrettyError(cause, void 0, void 0, seen) : void 0
    });
    if (typeof original.name === "string") {
      error.name = original.name;
    }
    if (typeof original.stack === "string") {
      error.stack = cleanErrorStack(original.stack, error, annotations);
    } else {
      const stack = `${error.name}: ${error.message}`;
      error.stack = annotations ? addStackAnnotations(stack, annotations) : stack;
    }
    if (options?.includeCauseInStack) {
      error.stack = renderPrettyError(error);
    }
    for (const key of Object.keys(original)) {
      if (!(key in error)) {
        ;
        error[key] = original[key];
      }
    }
  } else {
    error = new globalThis.Error(!original ? `Unknown error: ${original}` : kind === "string" ? original : formatJson(original));
    const stack = `${error.name}: ${error.message}`;
    error.stack = annotations ? addStackAnnotations(stack, annotations) : stack;
  }
  return error;
};
var causePrettyMessage = (u) => {
  if (typeof u.message === "string") {
    return u.message;
  } else if (typeof u.toString === "function" && u.toString !== Object.prototype.toString && u.toString !== Array.prototype.toString) {
    try {
      return u.toString();
    } catch {
    }
  }
  return formatJson(u);
};
var locationRegExp = /\((.*)\)/g;
var cleanErrorStack = (stack, error, annotations) => {
  const message = `${error.name}: ${error.message}`;
  const lines = (stack.startsWith(message) ? stack.slice(message.length) : stack).split("\n");
  const out = [message];
  for (let i = 1; i < lines.length; i++) {
    if (/Generator\.next|~effect\/(?:Effect|Utils)/.test(lines[i])) {
      break;
    }
    out.push(lines[i]);
  }
  return annotations ? addStackAnnotations(out.join("\n"), annotations) : out.join("\n");
};
var addStackAnnotations = (stack, annotations) => {
  const frame = annotations?.get(StackTraceKey.key);
  if (frame) {
    stack = `${stack}
${currentStackTrace(frame)}`;
  }
  return stack;
};
var interruptCauseStack = (error, interrupts) => {
  const out = [`${error.name}: ${error.message}`];
  for (const current of interrupts) {
    const fiberId3 = current.fiberId !== void 0 ? `#${current.fiberId}` : "unknown";
    const frame = current.annotations.get(InterruptorStackTrace.key);
    out.push(`    at fiber (${fiberId3})`);
    if (frame) out.push(currentStackTrace(frame));
  }
  return out.join("\n");
};
var currentStackTrace = (frame) => {
  const out = [];
  let current = frame;
  let i = 0;
  while (current && i < 10) {
    const stack = current.stack();
    if (stack) {
      const locationMatchAll = stack.matchAll(locationRegExp);
      let match5 = false;
      for (const [, location] of locationMatchAll) {
        match5 = true;
        out.push(`    at ${current.name} (${location})`);
      }
      if (!match5) {
        out.push(`    at ${current.name} (${stack.replace(/^at /, "")})`);
      }
    } else {
      out.push(`    at ${current.name}`);
    }
    current = current.parent;
    i++;
  }
  return out.join("\n");
};
var causePretty = (cause) => causePrettyErrors(cause).map(renderPrettyError).join("\n");
var renderPrettyError = (e) => e.cause ? `${e.stack} {
${renderErrorCause(e.cause, "  ")}
}` : e.stack;
var renderErrorCause = (cause, prefix) => {
  const lines = cause.stack.split("\n");
  let stack = `${prefix}[cause]: ${lines[0]}`;
  for (let i = 1, len = lines.length; i < len; i++) {
    stack += `
${prefix}${lines[i]}`;
  }
  if (cause.cause) {
    stack += ` {
${renderErrorCause(cause.cause, `${prefix}  `)}
${prefix}}`;
  }
  return stack;
};
var FiberTypeId = "~effect/Fiber";
var fiberVariance = {
  _A: identity,
  _E: identity
};
var fiberIdStore = {
  id: 0
};
var AsyncResource = /* @__PURE__ */ (() => {
  try {
    return globalThis.process?.getBuiltinModule?.("node:async_hooks")?.AsyncResource;
  } catch {
    return void 0;
  }
})();
var captureAsyncContext = () => AsyncResource === void 0 ? void 0 : new AsyncResource("effect/Fiber");
var getCurrentFiber = () => globalThis[currentFiberTypeId];
var FiberImpl = class {
  constructor(context3, interruptible3 = true) {
    this.setContext(context3);
    this.id = ++fiberIdStore.id;
    this.currentOpCount = 0;
    this.interruptible = interruptible3;
    this._stack = [];
    this._observers = void 0;
    this._exit = void 0;
    this._children = void 0;
    this._interruptedCause = void 0;
    this._yielded = void 0;
    this._running = false;
    this._deferredInterrupt = false;
    this._parent = void 0;
    this._asyncContext = void 0;
    this.cache.runtimeMetrics?.recordFiberStart(this.context);
  }
  get [FiberTypeId]() {
    return fiberVariance;
  }
  get currentDispatcher() {
    return this._dispatcher ??= this.cache.scheduler.makeDispatcher();
  }
  getRef(ref) {
    return get(this.context, ref);
  }
  addObserver(cb) {
    if (this._exit) {
      cb(this._exit);
      return constVoid;
    }
    if (this._observers === void 0) {
      this._observers = [cb];
    } else {
      this._observers.push(cb);
    }
    return () => this.removeObserver(cb);
  }
  removeObserver(cb) {
    if (this._exit || this._observers === void 0) return;
    const index = this._observers.indexOf(cb);
    if (index >= 0) {
      this._observers.splice(index, 1);
    }
  }
  interruptUnsafe(fiberId3, annotations) {
    if (this._exit) {
      return;
    }
    let cause = causeInterrupt(fiberId3);
    if (this.cache.stackFrame) {
      cause = causeAnnotate(cause, make4(StackTraceKey, this.cache.stackFrame));
    }
    if (annotations) {
      cause = causeAnnotate(cause, annotations);
    }
    this._interruptedCause = this._interruptedCause ? causeAddInterrupts(this._interruptedCause, cause) : cause;
    if (this.interruptible) {
      if (this._running) {
        this._deferredInterrupt = true;
      } else {
        this.evaluate(failCause(this._interruptedCause));
      }
    }
  }
  pollUnsafe() {
    return this._exit;
  }
  evaluate(effect) {
    if (this._exit) {
      return;
    } else if (this._asyncContext !== void 0) {
      const asyncContext = this._asyncContext;
      this._asyncContext = void 0;
      try {
        return asyncContext.runInAsyncScope(this.evaluate, this, effect);
      } finally {
        asyncContext.emitDestroy();
      }
    } else if (this._yielded !== void 0) {
      const yielded = this._yielded;
      this._yielded = void 0;
      yielded();
    }
    const exit3 = this.runLoop(effect);
    if (exit3 === Yield) {
      this._asyncContext = captureAsyncContext();
      return;
    }
    const interruptChildren = fiberMiddleware.interruptChildren && fiberMiddleware.interruptChildren(this);
    if (interruptChildren !== void 0) {
      return this.evaluate(flatMap(interruptChildren, () => exit3));
    }
    this._exit = exit3;
    this.cache.runtimeMetrics?.recordFiberEnd(this.context, this._exit);
    if (this._parent) {
      this._parent._children?.delete(this);
      this._parent = void 0;
    }
    if (this._observers !== void 0) {
      const observers = this._observers;
      this._observers = void 0;
      for (let i = 0; i < observers.length; i++) {
        observers[i](exit3);
      }
    }
    this._stack.length = 0;
    this._children = void 0;
    this.context = empty();
  }
  runLoop(effect) {
    const prevFiber = globalThis[currentFiberTypeId];
    globalThis[currentFiberTypeId] = this;
    const prevRunning = this._running;
    this._running = true;
    let yielding = false;
    let current = effect;
    this.currentOpCount = 0;
    try {
      while (true) {
        try {
          if (this._deferredInterrupt) {
            this._deferredInterrupt = false;
            current = failCause(this._interruptedCause);
          }
          this.currentOpCount++;
          const cache2 = this.cache;
          if (!yielding && !cache2.preventYield && cache2.scheduler.shouldYield(this)) {
            yielding = true;
            const prev = current;
            current = flatMap(yieldNow, () => prev);
          }
          current = cache2.tracerContext ? cache2.tracerContext(current, this) : current[evaluate](this);
          if (current === Yield) {
            const yielded = this._yielded;
            if (ExitTypeId in yielded) {
              this._deferredInterrupt = false;
              this._yielded = void 0;
              return yielded;
            } else if (this._deferredInterrupt) {
              this._yielded = void 0;
              yielded();
              continue;
            }
            return Yield;
          }
        } catch (error) {
          if (!hasProperty(current, evaluate)) {
            return exitDie(`Fiber.runLoop: Not a valid effect: ${String(current)}`);
          }
          current = exitDie(error);
        }
      }
    } finally {
      this._running = prevRunning;
      globalThis[currentFiberTypeId] = prevFiber;
    }
  }
  getCont(symbol3) {
    if (this._deferredInterrupt) {
      this._deferredInterrupt = false;
      return deferredInterruptCont;
    }
    while (true) {
      const op = this._stack.pop();
      if (!op) return void 0;
      const all3 = op[contAll];
      if (all3 !== void 0) {
        const cont = all3.call(op, this);
        if (cont) {
          ;
          cont[symbol3] = cont;
          return cont;
        }
      }
      if (op[symbol3]) return op;
    }
  }
  // Passes a success value straight to the next continuation instead of
  // returning an Exit for the run loop to unwrap. Each call counts as an
  // operation, and every `maxInlineSteps`th call returns an Exit instead, so
  // continuations calling continuations never nest deeper than that.
  succeedWith(value) {
    if ((++this.currentOpCount & maxInlineSteps - 1) === 0) {
      return exitSucceed(value);
    }
    const cont = this.getCont(contA);
    return cont ? cont[contA](value, this) : this.yieldWith(exitSucceed(value));
  }
  yieldWith(value) {
    this._yielded = value;
    return Yield;
  }
  children() {
    return this._children ??= /* @__PURE__ */ new Set();
  }
  pipe() {
    return pipeArguments(this, arguments);
  }
  setContext(context3) {
    const previous = this.context;
    this.context = context3;
    if (previous !== void 0 && hasSameCache(previous, context3)) return;
    const root = context3.cacheRoot;
    const cache2 = root._fiberCache ??= makeFiberContextCache(context3);
    if (this.cache?.scheduler !== cache2.scheduler) {
      this._dispatcher = void 0;
    }
    this.cache = cache2;
  }
  get currentSpanLocal() {
    const span = this.cache.span;
    return span?._tag === "Span" ? span : void 0;
  }
};
var makeFiberContextCache = (context3) => {
  const currentTracer = getOrUndefinedUnsafe(context3, TracerKey);
  return {
    scheduler: get(context3, Scheduler),
    tracer: currentTracer,
    tracerContext: currentTracer ? currentTracer["context"] : void 0,
    tracerEnabled: get(context3, TracerEnabled),
    span: getOrUndefinedUnsafe(context3, ParentSpanKey),
    logLevel: get(context3, CurrentLogLevel),
    minimumLogLevel: get(context3, MinimumLogLevel),
    stackFrame: get(context3, CurrentStackFrame),
    runtimeMetrics: getOrUndefinedUnsafe(context3, FiberRuntimeMetricsKey),
    maxOpsBeforeYield: get(context3, MaxOpsBeforeYield),
    preventYield: get(context3, PreventSchedulerYield)
  };
};
var deferredInterruptCont = {
  [contA](_value, fiber3) {
    return failCause(fiber3._interruptedCause);
  },
  [contE](_cause, fiber3) {
    return failCause(fiber3._interruptedCause);
  }
};
var maxInlineSteps = 32;
var fiberMiddleware = {
  interruptChildren: void 0
};
var fiberStackAnnotations = (fiber3) => {
  if (!fiber3.cache.stackFrame) return void 0;
  const annotations = /* @__PURE__ */ new Map();
  annotations.set(InterruptorStackTrace.key, fiber3.cache.stackFrame);
  return makeUnsafe(annotations);
};
var fiberInterruptChildren = (fiber3) => {
  if (fiber3._children === void 0 || fiber3._children.size === 0) {
    return void 0;
  }
  return fiberInterruptAll(fiber3._children);
};
var fiberAwait = (self2) => {
  const impl = self2;
  if (impl._exit) return succeed3(impl._exit);
  return callback((resume) => {
    if (impl._exit) return resume(succeed3(impl._exit));
    return sync(self2.addObserver((exit3) => resume(succeed3(exit3))));
  });
};
var fiberAwaitAll = (self2) => callback((resume) => {
  const iter = self2[Symbol.iterator]();
  const exits = [];
  let cancel2 = void 0;
  function loop() {
    let result3 = iter.next();
    while (!result3.done) {
      if (result3.value._exit) {
        exits.push(result3.value._exit);
        result3 = iter.next();
        continue;
      }
      cancel2 = result3.value.addObserver((exit3) => {
        exits.push(exit3);
        loop();
      });
      return;
    }
    resume(succeed3(exits));
  }
  loop();
  return sync(() => cancel2?.());
});
var fiberJoin = (self2) => {
  const impl = self2;
  if (impl._exit) return impl._exit;
  return callback((resume) => {
    if (impl._exit) return resume(impl._exit);
    return sync(self2.addObserver(resume));
  });
};
var fiberInterrupt = (self2) => withFiber((fiber3) => fiberInterruptAs(self2, fiber3.id));
var fiberInterruptAs = /* @__PURE__ */ dual((args2) => hasProperty(args2[0], FiberTypeId), (self2, fiberId3, annotations) => withFiber((parent) => {
  let ann = fiberStackAnnotations(parent);
  ann = ann && annotations ? merge(ann, annotations) : ann ?? annotations;
  self2.interruptUnsafe(fiberId3, ann);
  return asVoid(fiberAwait(self2));
}));
var fiberInterruptAll = (fibers) => withFiber((parent) => {
  const annotations = fiberStackAnnotations(parent);
  let fiberArr = empty2();
  for (const fiber3 of fibers) {
    fiber3.interruptUnsafe(parent.id, annotations);
    fiberArr.push(fiber3);
  }
  return asVoid(fiberAwaitAll(fiberArr));
});
var succeed3 = exitSucceed;
var failCause = exitFailCause;
var fail3 = exitFail;
var sync = /* @__PURE__ */ makePrimitive({
  op: "Sync",
  [evaluate](fiber3) {
    const value = this[args]();
    const cont = fiber3.getCont(contA);
    return cont ? cont[contA](value, fiber3) : fiber3.yieldWith(exitSucceed(value));
  }
});
var suspend = /* @__PURE__ */ makePrimitive({
  op: "Suspend",
  [evaluate](_fiber) {
    return this[args]();
  }
});
var fromOption2 = /* @__PURE__ */ dual((args2) => args2.length >= 2 || isOption2(args2[0]), (option3, onNone) => isNone2(option3) ? onNone ? failSync(onNone) : fail3(new NoSuchElementError("Effect.fromOption: Option.none")) : succeed3(option3.value));
var fromResult = /* @__PURE__ */ match({
  onFailure: fail3,
  onSuccess: succeed3
});
var fromNullishOr = (value) => value == null ? fail3(new NoSuchElementError()) : succeed3(value);
var yieldNowWith = /* @__PURE__ */ makePrimitive({
  op: "Yield",
  [evaluate](fiber3) {
    let resumed = false;
    fiber3.currentDispatcher.scheduleTask(() => {
      if (resumed) return;
      fiber3.evaluate(exitVoid);
    }, this[args] ?? 0);
    return fiber3.yieldWith(() => {
      resumed = true;
    });
  }
});
var yieldNow = /* @__PURE__ */ yieldNowWith(0);
var succeedSome = (a) => succeed3(some2(a));
var succeedNone = /* @__PURE__ */ succeed3(/* @__PURE__ */ none2());
var transposeOption = (self2) => isNone2(self2) ? succeedNone : map(self2.value, some2);
var failCauseSync = (evaluate2) => suspend(() => failCause(evaluate2()));
var die = (defect) => exitDie(defect);
var failSync = (error) => suspend(() => fail3(error()));
var void_ = /* @__PURE__ */ succeed3(void 0);
var try_ = (options) => {
  const evaluate2 = typeof options === "function" ? options : options.try;
  const catcher = typeof options === "function" ? (cause) => new UnknownError(cause, "An error occurred in Effect.try") : options.catch;
  return suspend(() => {
    try {
      return succeed3(evaluate2());
    } catch (err) {
      return fail3(catcher(err));
    }
  });
};
var promise = (evaluate2) => callbackOptions(function(resume, signal) {
  evaluate2(signal).then((a) => resume(succeed3(a)), (e) => resume(die(e)));
}, evaluate2.length !== 0);
var tryPromise = (options) => {
  const f = typeof options === "function" ? options : options.try;
  const catcher = typeof options === "function" ? (cause) => new UnknownError(cause, "An error occurred in Effect.tryPromise") : options.catch;
  return callbackOptions(function(resume, signal) {
    const failWithCatch = (cause) => suspend(() => {
      try {
        return fail3(internalCall(() => catcher(cause)));
      } catch (err) {
        return die(err);
      }
    });
    try {
      f(signal).then((a) => resume(succeed3(a)), (e) => resume(failWithCatch(e)));
    } catch (err) {
      resume(failWithCatch(err));
    }
  }, f.length !== 0);
};
var withFiberId = (f) => withFiber((fiber3) => f(fiber3.id));
var fiber = /* @__PURE__ */ withFiber(succeed3);
var fiberId = /* @__PURE__ */ withFiberId(succeed3);
var callbackOptions = /* @__PURE__ */ (function() {
  const Proto3 = /* @__PURE__ */ makePrimitiveProto({
    op: "Async",
    [evaluate](fiber3) {
      let resumed = false;
      let yielded = false;
      const controller = this.withSignal ? new AbortController() : void 0;
      const onCancel = this.register.call(fiber3.cache.scheduler, (effect) => {
        if (resumed) return;
        resumed = true;
        if (yielded) {
          fiber3.evaluate(effect);
        } else {
          yielded = effect;
        }
      }, controller?.signal);
      if (yielded !== false) return yielded;
      yielded = true;
      fiber3.yieldWith(() => {
        resumed = true;
      });
      if (controller === void 0 && onCancel === void 0) {
        return Yield;
      }
      fiber3._stack.push(asyncFinalizer(() => {
        resumed = true;
        controller?.abort();
        return onCancel ?? exitVoid;
      }));
      return Yield;
    }
  });
  const AsyncImpl = function(register, withSignal) {
    this.register = register;
    this.withSignal = withSignal;
  };
  AsyncImpl.prototype = Proto3;
  return function(register, withSignal) {
    return new AsyncImpl(register, withSignal);
  };
})();
var asyncFinalizer = /* @__PURE__ */ makePrimitive({
  op: "AsyncFinalizer",
  [contAll](fiber3) {
    if (fiber3.interruptible) {
      fiber3.interruptible = false;
      fiber3._stack.push(setInterruptibleTrue);
    }
  },
  [contE](cause, _fiber) {
    return hasInterrupts(cause) ? flatMap(combineFinalizerCause(exitFailCause(cause), this[args]()), () => failCause(cause)) : failCause(cause);
  }
});
var callback = (register) => callbackOptions(register, register.length >= 2);
var never = /* @__PURE__ */ callback(constVoid);
var gen = (...args2) => {
  if (args2.length === 1) {
    const body2 = args2[0];
    return suspend(() => fromIteratorUnsafe(body2()));
  }
  const [options, body] = args2;
  return suspend(() => fromIteratorUnsafe(body.call(options.self)));
};
var fnUntraced = (body, ...pipeables) => {
  const fn3 = pipeables.length === 0 ? function() {
    return suspend(() => fromIteratorUnsafe(body.apply(this, arguments)));
  } : function() {
    let effect = suspend(() => fromIteratorUnsafe(body.apply(this, arguments)));
    for (let i = 0; i < pipeables.length; i++) {
      effect = pipeables[i](effect, ...arguments);
    }
    return effect;
  };
  return defineFunctionLength(body.length, fn3);
};
var defineFunctionLength = (length, fn3) => Object.defineProperty(fn3, "length", {
  value: length,
  configurable: true
});
var fnStackCleaner = /* @__PURE__ */ makeStackCleaner(2);
var fn = function() {
  const nameFirst = typeof arguments[0] === "string";
  const name = nameFirst ? arguments[0] : "Effect.fn";
  const spanOptions = nameFirst ? arguments[1] : void 0;
  const prevLimit = getStackTraceLimit();
  let defError;
  if (prevLimit !== 0) {
    setStackTraceLimit(2);
    defError = new globalThis.Error();
    setStackTraceLimit(prevLimit);
  }
  if (nameFirst) {
    return (body, ...pipeables) => makeFn(name, body, defError, pipeables, nameFirst, spanOptions);
  }
  return makeFn(name, arguments[0], defError, Array.prototype.slice.call(arguments, 1), nameFirst, spanOptions);
};
var makeFn = (name, bodyOrOptions, defError, pipeables, addSpan, spanOptions) => {
  const body = typeof bodyOrOptions === "function" ? bodyOrOptions : pipeables.shift().bind(bodyOrOptions.self);
  const definitionName = `${name} (definition)`;
  const definitionStack = defError ? fnStackCleaner(() => defError.stack) : constUndefined;
  return defineFunctionLength(body.length, function(...args2) {
    let result3 = suspend(() => {
      const iter = body.apply(this, arguments);
      return isEffect(iter) ? iter : fromIteratorUnsafe(iter);
    });
    for (let i = 0; i < pipeables.length; i++) {
      result3 = pipeables[i](result3, ...args2);
    }
    if (!isEffect(result3)) {
      return result3;
    }
    const prevLimit = getStackTraceLimit();
    let callError;
    if (prevLimit !== 0) {
      setStackTraceLimit(2);
      callError = new globalThis.Error();
      setStackTraceLimit(prevLimit);
    }
    return updateService(addSpan ? useSpan(name, spanOptions, (span) => provideParentSpan(result3, span)) : result3, CurrentStackFrame, (prev) => ({
      name,
      stack: callError ? fnStackCleaner(() => callError.stack) : constUndefined,
      parent: {
        name: definitionName,
        stack: definitionStack,
        parent: prev
      }
    }));
  });
};
var fnUntracedEager = (body, ...pipeables) => defineFunctionLength(body.length, pipeables.length === 0 ? function() {
  return fromIteratorEagerUnsafe(() => body.apply(this, arguments));
} : function() {
  let effect = fromIteratorEagerUnsafe(() => body.apply(this, arguments));
  for (const pipeable of pipeables) {
    effect = pipeable(effect, ...arguments);
  }
  return effect;
});
var fromIteratorEagerUnsafe = (evaluate2) => {
  try {
    const iterator = evaluate2();
    let value = void 0;
    while (true) {
      const state = iterator.next(value);
      if (state.done) {
        return succeed3(state.value);
      }
      const primitive = state.value;
      if (primitive && primitive._tag === "Success") {
        value = primitive.value;
        continue;
      } else if (primitive && primitive._tag === "Failure") {
        return state.value;
      } else {
        let isFirstExecution = true;
        return suspend(() => {
          if (isFirstExecution) {
            isFirstExecution = false;
            return flatMap(state.value, (value2) => fromIteratorUnsafe(iterator, value2));
          } else {
            return suspend(() => fromIteratorUnsafe(evaluate2()));
          }
        });
      }
    }
  } catch (error) {
    return die(error);
  }
};
var fromIteratorUnsafe = /* @__PURE__ */ (function() {
  const Proto3 = /* @__PURE__ */ makePrimitiveProto({
    op: "Iterator",
    [contA](value, fiber3) {
      const iter = this.iterator;
      while (true) {
        const state = iter.next(value);
        if (state.done) return succeed3(state.value);
        if (!effectIsExit(state.value)) {
          fiber3._stack.push(this);
          return state.value;
        } else if (state.value._tag === "Failure") {
          return state.value;
        }
        value = state.value.value;
      }
    },
    [evaluate](fiber3) {
      return this[contA](this.initial, fiber3);
    }
  });
  const IteratorImpl = function(iterator, initial) {
    this.iterator = iterator;
    this.initial = initial;
  };
  IteratorImpl.prototype = Proto3;
  return function(iterator, initial) {
    return new IteratorImpl(iterator, initial);
  };
})();
var as = /* @__PURE__ */ dual(2, (self2, value) => new ContImpl(self2, returnPayload, succeed3(value)));
var evaluateCont = function(fiber3) {
  fiber3._stack.push(this);
  return this[args];
};
var OnSuccessProto = /* @__PURE__ */ makePrimitiveProto({
  op: "OnSuccess",
  [evaluate]: evaluateCont
});
var ContImpl = function(self2, cont, payload) {
  this[args] = self2;
  this[contA] = cont;
  this.payload = payload;
};
ContImpl.prototype = OnSuccessProto;
var returnPayload = function() {
  return this.payload;
};
var succeedPayload = function(_value, fiber3) {
  return fiber3.succeedWith(this.payload);
};
var continuationMarksStack = /* @__PURE__ */ (() => {
  const limit = /* @__PURE__ */ getStackTraceLimit();
  if (limit === 0) return false;
  const marker = "~effect/Effect/stackProbe";
  const probe = {
    [marker]: function stackProbe() {
      return new Error();
    }
  };
  setStackTraceLimit(1);
  const error = /* @__PURE__ */ probe[marker]();
  setStackTraceLimit(limit);
  return error.stack?.includes("[as " + marker + "]") === true;
})();
var mapCont = function(value, fiber3) {
  const f = this.payload;
  return fiber3.succeedWith(continuationMarksStack ? f(value) : internalCall(() => f(value)));
};
var andThenCont = function(value) {
  const f = this.payload;
  return f(value);
};
var tapCont = function(value) {
  const f = this.payload;
  return new ContImpl(f(value), succeedPayload, value);
};
var tapEffectCont = function(value) {
  return new ContImpl(this.payload, succeedPayload, value);
};
var asSome = (self2) => map(self2, some2);
var flip = (self2) => matchEffect(self2, {
  onFailure: succeed3,
  onSuccess: fail3
});
var andThen = /* @__PURE__ */ dual(2, (self2, f) => new ContImpl(self2, isEffect(f) ? returnPayload : andThenCont, f));
var tap = /* @__PURE__ */ dual(2, (self2, f) => new ContImpl(self2, isEffect(f) ? tapEffectCont : tapCont, f));
var asVoid = (self2) => new ContImpl(self2, returnPayload, exitVoid);
var sandbox = (self2) => catchCause(self2, fail3);
var raceAll = (all3, options) => withFiber((parent) => {
  const fibers = /* @__PURE__ */ new Set();
  onExitUnsafe(parent, () => fibers.size === 0 ? void 0 : fiberInterruptAll(fibers));
  return callback((resume) => {
    const effects = fromIterable(all3);
    const len = effects.length;
    let doneCount = 0;
    let done4 = false;
    const failures = [];
    const onExit3 = (exit3, fiber3, i) => {
      doneCount++;
      if (exit3._tag === "Failure") {
        failures.push(...exit3.cause.reasons);
        if (doneCount >= len) {
          resume(failCause(causeElectDefects(causeFromReasons(failures))));
        }
        return;
      }
      const isWinner = !done4;
      done4 = true;
      resume(exit3);
      if (isWinner && options?.onWinner) {
        options.onWinner({
          fiber: fiber3,
          index: i,
          parentFiber: parent
        });
      }
    };
    for (let i = 0; i < len; i++) {
      const fiber3 = forkUnsafe(parent, effects[i], true, true, false);
      fibers.add(fiber3);
      fiber3.addObserver((exit3) => {
        fibers.delete(fiber3);
        onExit3(exit3, fiber3, i);
      });
      if (done4) break;
    }
  });
});
var raceAllFirst = (all3, options) => withFiber((parent) => {
  const fibers = /* @__PURE__ */ new Set();
  onExitUnsafe(parent, () => fibers.size === 0 ? void 0 : fiberInterruptAll(fibers));
  return callback((resume) => {
    let done4 = false;
    let i = 0;
    for (const effect of all3) {
      if (done4) break;
      const index = i++;
      const fiber3 = forkUnsafe(parent, effect, true, true, false);
      fibers.add(fiber3);
      fiber3.addObserver((exit3) => {
        fibers.delete(fiber3);
        const isWinner = !done4;
        done4 = true;
        resume(exit3);
        if (isWinner && options?.onWinner) {
          options.onWinner({
            fiber: fiber3,
            index,
            parentFiber: parent
          });
        }
      });
    }
  });
});
var race = /* @__PURE__ */ dual((args2) => isEffect(args2[1]), (self2, that, options) => raceAll([self2, that], options));
var raceFirst = /* @__PURE__ */ dual((args2) => isEffect(args2[1]), (self2, that, options) => raceAllFirst([self2, that], options));
var flatMap = /* @__PURE__ */ dual(2, (self2, f) => new ContImpl(self2, andThenCont, f));
var matchCauseEffectEager = /* @__PURE__ */ dual(2, (self2, options) => {
  if (effectIsExit(self2)) {
    return self2._tag === "Success" ? options.onSuccess(self2.value) : options.onFailure(self2.cause);
  }
  return matchCauseEffect(self2, options);
});
var effectIsExit = (effect) => effect[ExitTypeId] !== void 0;
var flatMapEager = /* @__PURE__ */ dual(2, (self2, f) => {
  if (effectIsExit(self2)) {
    return self2._tag === "Success" ? f(self2.value) : self2;
  }
  return flatMap(self2, f);
});
var flatten4 = (self2) => flatMap(self2, identity);
var map = /* @__PURE__ */ dual(2, (self2, f) => new ContImpl(self2, mapCont, f));
var mapEager = /* @__PURE__ */ dual(2, (self2, f) => effectIsExit(self2) ? exitMap(self2, f) : map(self2, f));
var mapErrorEager = /* @__PURE__ */ dual(2, (self2, f) => effectIsExit(self2) ? exitMapError(self2, f) : mapError(self2, f));
var mapBothEager = /* @__PURE__ */ dual(2, (self2, options) => effectIsExit(self2) ? exitMapBoth(self2, options) : mapBoth(self2, options));
var catchEager = /* @__PURE__ */ dual(2, (self2, f) => {
  if (effectIsExit(self2)) {
    if (self2._tag === "Success") return self2;
    const error = findRecoverableError(self2.cause);
    if (isFailure2(error)) return exitFailCause(error.failure);
    return f(error.success);
  }
  return catch_(self2, f);
});
var exitInterrupt = (fiberId3) => exitFailCause(causeInterrupt(fiberId3));
var exitIsSuccess = (self2) => self2._tag === "Success";
var exitFilterCause = (self2) => self2._tag === "Failure" ? succeed2(self2.cause) : fail2(self2);
var exitHasInterrupts = (self2) => self2._tag === "Failure" && hasInterrupts(self2.cause);
var exitVoid = /* @__PURE__ */ exitSucceed(void 0);
var exitMap = /* @__PURE__ */ dual(2, (self2, f) => self2._tag === "Success" ? exitSucceed(f(self2.value)) : self2);
var exitMapError = /* @__PURE__ */ dual(2, (self2, f) => {
  if (self2._tag === "Success") return self2;
  return exitFailCause(causeMap(self2.cause, f));
});
var exitMapBoth = /* @__PURE__ */ dual(2, (self2, options) => {
  if (self2._tag === "Success") return exitSucceed(options.onSuccess(self2.value));
  return exitFailCause(causeMap(self2.cause, options.onFailure));
});
var exitAsVoidAll = (exits) => {
  const failures = [];
  for (const exit3 of exits) {
    if (exit3._tag === "Failure") {
      failures.push(...exit3.cause.reasons);
    }
  }
  return failures.length === 0 ? exitVoid : exitFailCause(causeFromReasons(failures));
};
var service = (service3) => service3;
var serviceOption = (service3) => withFiber((fiber3) => succeed3(getOption(fiber3.context, service3)));
var serviceOptional = (service3) => withFiber((fiber3) => fromOption2(getOption(fiber3.context, service3)));
var updateContext = /* @__PURE__ */ dual(2, (self2, f) => withFiber((fiber3) => {
  const prevContext = fiber3.context;
  const nextContext = f(prevContext);
  if (prevContext === nextContext) return self2;
  fiber3.setContext(nextContext);
  onExitUnsafe(fiber3, () => {
    fiber3.setContext(prevContext);
    return void 0;
  });
  return self2;
}));
var updateService = /* @__PURE__ */ dual(3, (self2, service3, f) => updateContext(self2, (s) => {
  const prev = getUnsafe(s, service3);
  const next = f(prev);
  if (prev === next) return s;
  return add(s, service3, next);
}));
var updateServiceScoped = (service3, update2, options) => uninterruptible(withFiber((fiber3) => {
  const original = getUnsafe(fiber3.context, service3);
  const updated = update2(original);
  fiber3.setContext(add(fiber3.context, service3, updated));
  return scopeAddFinalizerExit(getUnsafe(fiber3.context, scopeTag), (_) => {
    const currentOption = getOption(fiber3.context, service3);
    if (isNone2(currentOption)) return void_;
    const current = currentOption.value;
    let next;
    if (options?.reset === void 0) {
      if (current !== updated) return void_;
      next = original;
    } else {
      next = options.reset(original, updated, current);
    }
    fiber3.setContext(add(fiber3.context, service3, next));
    return void_;
  });
}));
var context = () => getContext;
var getContext = /* @__PURE__ */ withFiber((fiber3) => succeed3(fiber3.context));
var contextWith = (f) => withFiber((fiber3) => f(fiber3.context));
var setContext = /* @__PURE__ */ dual(2, (self2, context3) => updateContext(self2, constant(context3)));
var provideContext = /* @__PURE__ */ dual(2, (self2, context3) => {
  if (effectIsExit(self2)) return self2;
  return updateContext(self2, merge(context3));
});
var provideService = function() {
  if (arguments.length === 1) {
    return dual(2, (self2, impl) => provideServiceImpl(self2, arguments[0], impl));
  }
  return dual(3, (self2, service3, impl) => provideServiceImpl(self2, service3, impl)).apply(this, arguments);
};
var provideServiceImpl = (self2, service3, implementation) => updateContext(self2, add(service3, implementation));
var provideServiceEffect = /* @__PURE__ */ dual(3, (self2, service3, acquire) => flatMap(acquire, (implementation) => provideService(self2, service3, implementation)));
var zip = /* @__PURE__ */ dual((args2) => isEffect(args2[1]), (self2, that, options) => zipWith(self2, that, (a, a2) => [a, a2], options));
var zipWith = /* @__PURE__ */ dual((args2) => isEffect(args2[1]), (self2, that, f, options) => options?.concurrent ? map(all([self2, that], {
  concurrency: 2
}), ([a, a2]) => f(a, a2)) : flatMap(self2, (a) => map(that, (a2) => f(a, a2))));
var filterOrFail = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (self2, predicate, orFailWith) => filterOrElse(self2, predicate, orFailWith ? (a) => fail3(orFailWith(a)) : () => fail3(new NoSuchElementError())));
var when = /* @__PURE__ */ dual(2, (self2, condition) => flatMap(condition, (pass) => pass ? asSome(self2) : succeedNone));
var replicate = /* @__PURE__ */ dual(2, (self2, n) => Array.from({
  length: n
}, () => self2));
var replicateEffect = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (self2, n, options) => all(replicate(self2, n), options));
var forever = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (self2, options) => whileLoop({
  while: constTrue,
  body: constant(options?.disableYield ? self2 : flatMap(self2, (_) => yieldNow)),
  step: constVoid
}));
var catchCause = /* @__PURE__ */ dual(2, (self2, f) => new OnFailureImpl(self2, f.length !== 1 ? (cause) => f(cause) : f));
var OnFailureProto = /* @__PURE__ */ makePrimitiveProto({
  op: "OnFailure",
  [evaluate]: evaluateCont
});
var OnFailureImpl = function(self2, f) {
  this[args] = self2;
  this[contE] = f;
};
OnFailureImpl.prototype = OnFailureProto;
var catchCauseIf = /* @__PURE__ */ dual(3, (self2, predicate, f) => catchCause(self2, (cause) => {
  if (!predicate(cause)) {
    return failCause(cause);
  }
  return f(cause);
}));
var catchCauseFilter = /* @__PURE__ */ dual(3, (self2, filter4, f) => catchCause(self2, (cause) => {
  const eb = filter4(cause);
  return isFailure2(eb) ? failCause(eb.failure) : f(eb.success, cause);
}));
var catch_ = /* @__PURE__ */ dual(2, (self2, f) => catchCauseFilter(self2, findRecoverableError, (e) => f(e)));
var catchNoSuchElement = (self2) => matchEffect(self2, {
  onFailure: (error) => isNoSuchElementError(error) ? succeedNone : fail3(error),
  onSuccess: succeedSome
});
var catchDefect = /* @__PURE__ */ dual(2, (self2, f) => catchCauseFilter(self2, findDefect, f));
var tapCause = /* @__PURE__ */ dual(2, (self2, f) => catchCause(self2, (cause) => andThen(f(cause), failCause(cause))));
var tapCauseIf = /* @__PURE__ */ dual(3, (self2, predicate, f) => catchCauseIf(self2, predicate, (cause) => andThen(f(cause), failCause(cause))));
var tapCauseFilter = /* @__PURE__ */ dual(3, (self2, filter4, f) => catchCause(self2, (cause) => {
  const result3 = filter4(cause);
  if (isFailure2(result3)) {
    return failCause(cause);
  }
  return andThen(f(result3.success, cause), failCause(cause));
}));
var tapError = /* @__PURE__ */ dual(2, (self2, f) => tapCauseFilter(self2, findError, (e) => f(e)));
var tapErrorTag = /* @__PURE__ */ dual(3, (self2, k, f) => {
  const predicate = Array.isArray(k) ? (e) => hasProperty(e, "_tag") && k.includes(e._tag) : isTagged(k);
  return tapError(self2, (error) => predicate(error) ? f(error) : void_);
});
var tapDefect = /* @__PURE__ */ dual(2, (self2, f) => tapCauseFilter(self2, findDefect, (_) => f(_)));
var catchIf = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (self2, predicate, f, orElse) => catchCause(self2, (cause) => {
  const error = findRecoverableError(cause);
  if (isFailure2(error)) return failCause(error.failure);
  if (!predicate(error.success)) {
    return orElse ? orElse(error.success) : failCause(cause);
  }
  return f(error.success);
}));
var catchFilter = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (self2, filter4, f, orElse) => catchCause(self2, (cause) => {
  const error = findRecoverableError(cause);
  if (isFailure2(error)) return failCause(error.failure);
  const result3 = filter4(error.success);
  if (isFailure2(result3)) {
    return orElse ? orElse(result3.failure) : failCause(cause);
  }
  return f(result3.success);
}));
var catchTag = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (self2, k, f, orElse) => {
  const pred = Array.isArray(k) ? (e) => hasProperty(e, "_tag") && k.includes(e._tag) : isTagged(k);
  return catchIf(self2, pred, f, orElse);
});
var catchTags = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (self2, cases, orElse) => {
  let keys;
  return catchFilter(self2, (e) => {
    keys ??= Object.keys(cases);
    return hasProperty(e, "_tag") && isString(e["_tag"]) && keys.includes(e["_tag"]) ? succeed2(e) : fail2(e);
  }, (e) => cases[e["_tag"]](e), orElse);
});
var catchReason = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (self2, errorTag, reasonTag, f, orElse) => catchIf(self2, (e) => isTagged(e, errorTag) && hasProperty(e, "reason") && (orElse !== void 0 || isTagged(e.reason, reasonTag)), (e) => {
  const reason = e.reason;
  if (isTagged(reason, reasonTag)) return f(reason, e);
  return orElse ? orElse(reason, e) : fail3(e);
}));
var catchReasons = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (self2, errorTag, cases, orElse) => {
  let keys;
  return catchIf(self2, (e) => isTagged(e, errorTag) && hasProperty(e, "reason") && hasProperty(e.reason, "_tag") && isString(e.reason._tag) && (orElse !== void 0 || (keys ??= Object.keys(cases)).includes(e.reason._tag)), (e) => {
    const reason = e.reason;
    keys ??= Object.keys(cases);
    if (keys.includes(reason._tag)) {
      return cases[reason._tag](reason, e);
    }
    return orElse ? orElse(reason, e) : fail3(e);
  });
});
var unwrapReason = /* @__PURE__ */ dual(2, (self2, errorTag) => catchFilter(self2, (e) => {
  if (isTagged(e, errorTag) && hasProperty(e, "reason")) {
    return succeed2(e.reason);
  }
  return fail2(e);
}, fail3));
var mapError = /* @__PURE__ */ dual(2, (self2, f) => catchCause(self2, (cause) => failCause(causeMap(cause, f))));
var mapBoth = /* @__PURE__ */ dual(2, (self2, options) => matchCauseEffect(self2, {
  onFailure: (cause) => failCause(causeMap(cause, options.onFailure)),
  onSuccess: (a) => sync(() => options.onSuccess(a))
}));
var orDie = (self2) => catch_(self2, die);
var orElseSucceed = /* @__PURE__ */ dual(2, (self2, f) => catch_(self2, (error) => sync(() => f(error))));
var firstSuccessOf = (effects) => suspend(() => {
  const iterator = effects[Symbol.iterator]();
  let state = iterator.next();
  if (state.done) {
    return die(new Error("Received an empty collection of effects"));
  }
  function loop(current) {
    const next = iterator.next();
    if (next.done) return current.value;
    return catch_(current.value, (_) => loop(next));
  }
  return loop(state);
});
var eventually = (self2) => catch_(self2, (_) => flatMap(yieldNow, () => eventually(self2)));
var ignore = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (self2, options) => {
  if (!options?.log) {
    return matchEffect(self2, {
      onFailure: (_) => void_,
      onSuccess: (_) => void_
    });
  }
  const logEffect = logWithLevel(options.log === true ? void 0 : options.log);
  return matchCauseEffect(self2, {
    onFailure(cause) {
      const error = findRecoverableError(cause);
      return isFailure2(error) ? failCause(error.failure) : options.message === void 0 ? logEffect(cause) : logEffect(options.message, cause);
    },
    onSuccess: (_) => void_
  });
});
var ignoreCause = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (self2, options) => {
  if (!options?.log) {
    return matchCauseEffect(self2, {
      onFailure: (_) => void_,
      onSuccess: (_) => void_
    });
  }
  const logEffect = logWithLevel(options.log === true ? void 0 : options.log);
  return matchCauseEffect(self2, {
    onFailure: (cause) => options.message === void 0 ? logEffect(cause) : logEffect(options.message, cause),
    onSuccess: (_) => void_
  });
});
var option = (self2) => match3(self2, {
  onFailure: none2,
  onSuccess: some2
});
var result = (self2) => matchEager(self2, {
  onFailure: fail2,
  onSuccess: succeed2
});
var matchCauseEffect = /* @__PURE__ */ dual(2, (self2, options) => new OnSuccessAndFailureImpl(self2, options.onSuccess.length !== 1 ? (a) => options.onSuccess(a) : options.onSuccess, options.onFailure.length !== 1 ? (cause) => options.onFailure(cause) : options.onFailure));
var OnSuccessAndFailureProto = /* @__PURE__ */ makePrimitiveProto({
  op: "OnSuccessAndFailure",
  [evaluate]: evaluateCont
});
var OnSuccessAndFailureImpl = function(self2, onSuccess, onFailure) {
  this[args] = self2;
  this[contA] = onSuccess;
  this[contE] = onFailure;
};
OnSuccessAndFailureImpl.prototype = OnSuccessAndFailureProto;
var matchSuccess = function(value, fiber3) {
  const handlers = this.payload;
  return fiber3.succeedWith(continuationMarksStack ? handlers.onSuccess(value) : internalCall(() => handlers.onSuccess(value)));
};
var makeMatch = (op, onFailure) => {
  const Proto3 = makePrimitiveProto({
    op,
    [evaluate]: evaluateCont,
    [contA]: matchSuccess,
    [contE]: onFailure
  });
  const MatchImpl2 = function(self2, handlers) {
    this[args] = self2;
    this.payload = handlers;
  };
  MatchImpl2.prototype = Proto3;
  return MatchImpl2;
};
var MatchImpl = /* @__PURE__ */ makeMatch("Match", function(cause, fiber3) {
  const error = findRecoverableError(cause);
  if (isFailure2(error)) return failCause(error.failure);
  const handlers = this.payload;
  return fiber3.succeedWith(continuationMarksStack ? handlers.onFailure(error.success) : internalCall(() => handlers.onFailure(error.success)));
});
var MatchCauseImpl = /* @__PURE__ */ makeMatch("MatchCause", function(cause, fiber3) {
  const handlers = this.payload;
  return fiber3.succeedWith(continuationMarksStack ? handlers.onFailure(cause) : internalCall(() => handlers.onFailure(cause)));
});
var matchCause = /* @__PURE__ */ dual(2, (self2, options) => new MatchCauseImpl(self2, options));
var matchEffect = /* @__PURE__ */ dual(2, (self2, options) => matchCauseEffect(self2, {
  onFailure: (cause) => {
    const error = findRecoverableError(cause);
    return isFailure2(error) ? failCause(error.failure) : options.onFailure(error.success);
  },
  onSuccess: options.onSuccess
}));
var match3 = /* @__PURE__ */ dual(2, (self2, options) => new MatchImpl(self2, options));
var matchEager = /* @__PURE__ */ dual(2, (self2, options) => {
  if (effectIsExit(self2)) {
    if (self2._tag === "Success") return exitSucceed(options.onSuccess(self2.value));
    const error = findRecoverableError(self2.cause);
    if (isFailure2(error)) return exitFailCause(error.failure);
    return exitSucceed(options.onFailure(error.success));
  }
  return match3(self2, options);
});
var matchCauseEager = /* @__PURE__ */ dual(2, (self2, options) => {
  if (effectIsExit(self2)) {
    if (self2._tag === "Success") return exitSucceed(options.onSuccess(self2.value));
    return exitSucceed(options.onFailure(self2.cause));
  }
  return matchCause(self2, options);
});
var exit = (self2) => effectIsExit(self2) ? exitSucceed(self2) : exitPrimitive(self2);
var exitPrimitive = /* @__PURE__ */ makePrimitive({
  op: "Exit",
  [evaluate](fiber3) {
    fiber3._stack.push(this);
    return this[args];
  },
  [contA](value, fiber3, exit3) {
    return fiber3.succeedWith(exit3 ?? exitSucceed(value));
  },
  [contE](cause, fiber3, exit3) {
    return fiber3.succeedWith(exit3 ?? exitFailCause(cause));
  }
});
var isFailure3 = /* @__PURE__ */ matchEager({
  onFailure: () => true,
  onSuccess: () => false
});
var isSuccess3 = /* @__PURE__ */ matchEager({
  onFailure: () => false,
  onSuccess: () => true
});
var delay = /* @__PURE__ */ dual(2, (self2, duration) => andThen(sleep(duration), self2));
var timeoutOrElse = /* @__PURE__ */ dual(2, (self2, options) => flatMap(timeoutOption(self2, options.duration), (option3) => isNone2(option3) ? options.orElse() : succeed3(option3.value)));
var timeoutErrorFromDuration = (duration) => new TimeoutError(`Operation timed out after '${format2(duration)}'`);
var timeout = /* @__PURE__ */ dual(2, (self2, duration) => {
  const decoded = fromInputUnsafe(duration);
  return timeoutOrElse(self2, {
    duration: decoded,
    orElse: () => fail3(timeoutErrorFromDuration(decoded))
  });
});
var timeoutOption = /* @__PURE__ */ dual(2, (self2, duration) => raceFirst(asSome(self2), as(sleep(duration), none2())));
var timed = (self2) => clockWith((clock) => {
  const start = clock.monotonicTimeNanosUnsafe();
  return map(self2, (a) => [nanos(clock.monotonicTimeNanosUnsafe() - start), a]);
});
var ScopeTypeId = "~effect/Scope";
var ScopeCloseableTypeId = "~effect/Scope/Closeable";
var scopeTag = /* @__PURE__ */ Service("effect/Scope");
var scopeClose = (self2, exit_) => withFiber((fiber3) => {
  fiberEnterUninterruptibleUnsafe(fiber3);
  return scopeCloseUnsafe(self2, exit_) ?? void_;
});
var scopeCloseUnsafe = (self2, exit_) => {
  const state = self2.state;
  if (state._tag === "Closed") return;
  self2.state = {
    _tag: "Closed",
    exit: exit_
  };
  if (self2.parent !== void 0) {
    scopeRemoveFinalizerUnsafe(self2.parent, self2);
  }
  if (state._tag === "Empty") return;
  if (state.finalizer !== void 0) {
    return runFinalizer(state.finalizer, exit_);
  }
  const finalizers = state.finalizers;
  if (finalizers.size === 1) {
    return runFinalizer(finalizers.values().next().value, exit_);
  }
  return scopeCloseFinalizers(self2, finalizers, exit_);
};
var runFinalizer = (finalizer, exit_) => {
  try {
    return finalizer(exit_);
  } catch (defect) {
    return exitDie(defect);
  }
};
var combineFinalizerCause = (exit_, finalizer) => exitIsSuccess(exit_) ? finalizer : catchCause(finalizer, (cause) => failCause(causeElectDefects(causeCombine(exit_.cause, cause))));
var scopeCloseFinalizers = /* @__PURE__ */ fnUntraced(function* (self2, finalizers, exit_) {
  let exits = [];
  const fibers = [];
  const arr = Array.from(finalizers);
  const parent = getCurrentFiber();
  for (let i = arr.length - 1; i >= 0; i--) {
    const [key, finalizer] = arr[i];
    if (self2.strategy === "sequential") {
      exits.push(yield* exit(runFinalizer(finalizer, exit_)));
    } else if (key !== parent) {
      fibers.push(forkUnsafe(parent, runFinalizer(finalizer, exit_), true, true, "inherit"));
    }
  }
  if (fibers.length > 0) {
    exits = yield* fiberAwaitAll(fibers);
  }
  return yield* exitAsVoidAll(exits);
});
var scopeForkUnsafe = (scope3, finalizerStrategy) => {
  const child = makeScope(finalizerStrategy, scope3);
  if (scope3.state._tag === "Closed") {
    child.state = scope3.state;
    return child;
  }
  scopeAddFinalizerUnsafe(scope3, child, (exit3) => scopeClose(child, exit3));
  return child;
};
var scopeAddFinalizerExit = (scope3, finalizer) => {
  return suspend(() => {
    if (scope3.state._tag === "Closed") {
      return finalizer(scope3.state.exit);
    }
    scopeAddFinalizerUnsafe(scope3, {}, finalizer);
    return void_;
  });
};
var scopeAddFinalizerUnsafe = (scope3, key, finalizer) => {
  if (scope3.state._tag === "Empty") {
    scope3.state = {
      _tag: "Open",
      finalizerKey: key,
      finalizer,
      finalizers: void 0
    };
  } else if (scope3.state._tag === "Open") {
    const state = scope3.state;
    if (state.finalizer !== void 0) {
      state.finalizers = /* @__PURE__ */ new Map([[state.finalizerKey, state.finalizer]]);
      state.finalizerKey = void 0;
      state.finalizer = void 0;
      state.finalizers.set(key, finalizer);
    } else {
      state.finalizers.set(key, finalizer);
    }
  }
};
var scopeRemoveFinalizerUnsafe = (scope3, key) => {
  if (scope3.state._tag !== "Open") return;
  const state = scope3.state;
  if (state.finalizerKey === key) {
    scope3.state = constScopeEmpty;
  } else if (state.finalizers !== void 0) {
    state.finalizers.delete(key);
    if (state.finalizers.size === 0) {
      scope3.state = constScopeEmpty;
    }
  }
};
var scopeMakeUnsafe = (finalizerStrategy) => makeScope(finalizerStrategy, void 0);
var makeScope = (finalizerStrategy = "sequential", parent) => ({
  [ScopeCloseableTypeId]: ScopeCloseableTypeId,
  [ScopeTypeId]: ScopeTypeId,
  strategy: finalizerStrategy,
  parent,
  state: constScopeEmpty
});
var constScopeEmpty = {
  _tag: "Empty"
};
var scope = scopeTag;
var scoped = (self2) => withFiber((fiber3) => {
  const prev = fiber3.context;
  const scope3 = scopeMakeUnsafe();
  fiber3.setContext(add(fiber3.context, scopeTag, scope3));
  onExitUnsafe(fiber3, (exit3) => {
    fiber3.setContext(prev);
    return scopeCloseUnsafe(scope3, exit3);
  });
  return self2;
});
var scopedWith = (f) => suspend(() => {
  const scope3 = scopeMakeUnsafe();
  return onExit(f(scope3), (exit3) => suspend(() => scopeCloseUnsafe(scope3, exit3) ?? void_));
});
var acquireRelease = (acquire, release, options) => contextWith((context3) => uninterruptibleMask((restore) => flatMap(scope, (scope3) => tap(options?.interruptible ? restore(acquire) : acquire, (a) => scopeAddFinalizerExit(scope3, (exit3) => provideContext(release(a, exit3), context3))))));
var addFinalizer = (finalizer) => flatMap(scope, (scope3) => contextWith((context3) => scopeAddFinalizerExit(scope3, (exit3) => provideContext(finalizer(exit3), context3))));
var OnExitImpl = /* @__PURE__ */ (function() {
  const Proto3 = /* @__PURE__ */ makePrimitiveProto({
    op: "OnExit",
    [evaluate](fiber3) {
      fiber3._stack.push(this);
      return this.effect;
    },
    [contAll](fiber3) {
      if (fiber3.interruptible && this.interruptible !== true) {
        fiber3._stack.push(setInterruptibleTrue);
        fiber3.interruptible = false;
      }
    },
    [contA](value, _, exit3) {
      exit3 ??= exitSucceed(value);
      let eff;
      try {
        eff = this.onExit(exit3);
      } catch (defect) {
        eff = exitDie(defect);
      }
      return eff ? flatMap(eff, (_2) => exit3) : exit3;
    },
    [contE](cause, _, exit3) {
      exit3 ??= exitFailCause(cause);
      let eff;
      try {
        eff = this.onExit(exit3);
      } catch (defect) {
        eff = exitDie(defect);
      }
      return eff ? flatMap(combineFinalizerCause(exit3, eff), (_2) => exit3) : exit3;
    }
  });
  const OnExitImpl2 = function(effect, onExit3, interruptible3) {
    this.effect = effect;
    this.onExit = onExit3;
    this.interruptible = interruptible3;
  };
  OnExitImpl2.prototype = Proto3;
  return OnExitImpl2;
})();
var onExitPrimitive = (effect, onExit3, interruptible3) => new OnExitImpl(effect, onExit3, interruptible3);
var onExitUnsafe = (fiber3, f) => {
  ;
  fiber3._stack.push(new OnExitImpl(void 0, f, void 0));
};
var onExit = /* @__PURE__ */ dual(2, onExitPrimitive);
var ensuring = /* @__PURE__ */ dual(2, (self2, finalizer) => onExit(self2, (_) => finalizer));
var onExitIf = /* @__PURE__ */ dual(3, (self2, predicate, f) => onExit(self2, (exit3) => {
  if (!predicate(exit3)) {
    return void_;
  }
  return f(exit3);
}));
var onExitFilter = /* @__PURE__ */ dual(3, (self2, filter4, f) => onExit(self2, (exit3) => {
  const b = filter4(exit3);
  return isFailure2(b) ? void_ : f(b.success, exit3);
}));
var onError = /* @__PURE__ */ dual(2, (self2, f) => onExitFilter(self2, exitFilterCause, f));
var onErrorIf = /* @__PURE__ */ dual(3, (self2, predicate, f) => onExitIf(self2, (exit3) => {
  if (exit3._tag !== "Failure") {
    return false;
  }
  return predicate(exit3.cause);
}, (exit3) => f(exit3.cause)));
var onErrorFilter = /* @__PURE__ */ dual(3, (self2, filter4, f) => onExit(self2, (exit3) => {
  if (exit3._tag !== "Failure") {
    return void_;
  }
  const result3 = filter4(exit3.cause);
  return isFailure2(result3) ? void_ : f(result3.success, exit3.cause);
}));
var onInterrupt = /* @__PURE__ */ dual(2, (self2, finalizer) => onErrorFilter(causeFilterInterruptors, finalizer)(self2));
var acquireUseRelease = (acquire, use, release) => uninterruptibleMask((restore) => flatMap(acquire, (a) => onExitPrimitive(suspend(() => restore(use(a))), (exit3) => release(a, exit3), true)));
var acquireDisposable = (acquire) => acquireRelease(acquire, (resource) => hasProperty(resource, Symbol.asyncDispose) ? promise(() => resource[Symbol.asyncDispose]()) : sync(() => resource[Symbol.dispose]()));
var cachedInvalidateWithTTL = /* @__PURE__ */ dual(2, (self2, ttl) => sync(() => makeCachedUnsafe(self2, typeof ttl === "function" ? (exit3) => toMillis(fromInputUnsafe(ttl(exit3))) : constant(toMillis(fromInputUnsafe(ttl))))));
var infiniteTTL = /* @__PURE__ */ constant(Infinity);
var makeCachedUnsafe = (self2, ttlMillis) => {
  let expiresAt = 0;
  let exit3;
  let current;
  const join2 = (fiber3, run) => {
    run.awaiters++;
    onExitUnsafe(fiber3, () => {
      if (--run.awaiters > 0 || run.done) return;
      if (current === run) current = void 0;
      return fiberInterrupt(run.fiber);
    });
    return fiberJoin(run.fiber);
  };
  return [withFiber((fiber3) => {
    if (current !== void 0) {
      return fiber3 === current.fiber ? fiberJoin(current.fiber) : join2(fiber3, current);
    }
    if (exit3 !== void 0 && (expiresAt === Infinity || fiber3.getRef(ClockRef).currentTimeMillisUnsafe() < expiresAt)) {
      return exit3;
    }
    exit3 = void 0;
    const clock = fiber3.getRef(ClockRef);
    const run = {
      fiber: new FiberImpl(fiber3.context),
      awaiters: 0,
      done: false
    };
    current = run;
    const joined = join2(fiber3, run);
    run.fiber.evaluate(onExitPrimitive(self2, (exit_) => {
      run.done = true;
      if (current !== run) return;
      current = void 0;
      if (exitHasInterrupts(exit_)) return;
      const duration = ttlMillis(exit_);
      expiresAt = duration === Infinity ? Infinity : clock.currentTimeMillisUnsafe() + duration;
      exit3 = exit_;
    }));
    return run.fiber._exit ?? joined;
  }), sync(() => {
    current = void 0;
    exit3 = void 0;
  })];
};
var cachedWithTTL = /* @__PURE__ */ dual(2, (self2, timeToLive) => map(cachedInvalidateWithTTL(self2, timeToLive), (tuple) => tuple[0]));
var cached = (self2) => sync(() => makeCachedUnsafe(self2, infiniteTTL)[0]);
var interrupt = /* @__PURE__ */ withFiber((fiber3) => failCause(causeInterrupt(fiber3.id)));
var uninterruptible = (self2) => withFiber((fiber3) => {
  if (!fiber3.interruptible) return self2;
  fiber3.interruptible = false;
  fiber3._stack.push(setInterruptibleTrue);
  return self2;
});
var setInterruptible = /* @__PURE__ */ makePrimitive({
  op: "SetInterruptible",
  [contAll](fiber3) {
    fiber3.interruptible = this[args];
    if (fiber3._interruptedCause && fiber3.interruptible) {
      return () => failCause(fiber3._interruptedCause);
    }
  }
});
var setInterruptibleTrue = /* @__PURE__ */ setInterruptible(true);
var setInterruptibleFalse = /* @__PURE__ */ setInterruptible(false);
var setFiberInterruptible = (fiber3) => {
  fiber3.interruptible = true;
  fiber3._stack.push(setInterruptibleFalse);
  if (fiber3._interruptedCause) return failCause(fiber3._interruptedCause);
};
var fiberEnterUninterruptibleUnsafe = (fiber3) => {
  const impl = fiber3;
  if (!impl.interruptible) return;
  impl.interruptible = false;
  impl._stack.push(setInterruptibleTrue);
};
var interruptible = (self2) => withFiber((fiber3) => {
  if (fiber3.interruptible) return self2;
  return setFiberInterruptible(fiber3) ?? self2;
});
var uninterruptibleMask = (f) => withFiber((fiber3) => {
  if (!fiber3.interruptible) return f(identity);
  fiber3.interruptible = false;
  fiber3._stack.push(setInterruptibleTrue);
  return f(interruptible);
});
var interruptibleMask = (f) => withFiber((fiber3) => {
  if (fiber3.interruptible) return f(identity);
  const interrupted = setFiberInterruptible(fiber3);
  const effect = f(uninterruptible);
  return interrupted ?? effect;
});
var abortSignal = /* @__PURE__ */ map(/* @__PURE__ */ acquireRelease(/* @__PURE__ */ sync(() => new AbortController()), (controller) => sync(() => controller.abort())), (_) => _.signal);
var all = (arg, options) => {
  if (isIterable(arg)) {
    return options?.mode === "result" ? forEach(arg, result, options) : forEach(arg, identity, options);
  } else if (options?.discard) {
    return options.mode === "result" ? forEach(Object.values(arg), result, options) : forEach(Object.values(arg), identity, options);
  }
  return suspend(() => map(forEach(Object.entries(arg), ([key, effect]) => map(options?.mode === "result" ? result(effect) : effect, (value) => [key, value]), {
    concurrency: options?.concurrency
  }), Object.fromEntries));
};
var partition2 = /* @__PURE__ */ dual((args2) => isIterable(args2[0]) && !isEffect(args2[0]), (elements, f, options) => map(forEach(elements, (a, i) => result(f(a, i)), options), (results2) => partition(results2, identity)));
var reduce = /* @__PURE__ */ dual(3, (elements, zero2, f) => {
  const arr = fromIterable(elements);
  if (arr.length === 0) return sync(zero2);
  return suspend(() => {
    let index = 0;
    let state = zero2();
    return map(whileLoop({
      while: () => index < arr.length,
      body: () => f(state, arr[index], index),
      step(next) {
        state = next;
        index++;
      }
    }), () => state);
  });
});
var validate = /* @__PURE__ */ dual((args2) => isIterable(args2[0]) && !isEffect(args2[0]), (elements, f, options) => flatMap(partition2(elements, f, {
  concurrency: options?.concurrency
}), ([passes, fails]) => {
  if (isArrayNonEmpty2(fails)) {
    return fail3(fails);
  }
  return options?.discard ? void_ : succeed3(passes);
}));
var findFirst = /* @__PURE__ */ dual((args2) => isIterable(args2[0]) && !isEffect(args2[0]), (elements, predicate) => suspend(() => {
  const iterator = elements[Symbol.iterator]();
  const next = iterator.next();
  if (!next.done) {
    return findFirstLoop(iterator, 0, predicate, next.value);
  }
  return succeed3(none2());
}));
var findFirstLoop = (iterator, index, predicate, value) => flatMap(predicate(value, index), (keep2) => {
  if (keep2) {
    return succeed3(some2(value));
  }
  const next = iterator.next();
  if (!next.done) {
    return findFirstLoop(iterator, index + 1, predicate, next.value);
  }
  return succeed3(none2());
});
var findFirstFilter = /* @__PURE__ */ dual((args2) => isIterable(args2[0]) && !isEffect(args2[0]), (elements, filter4) => suspend(() => {
  const iterator = elements[Symbol.iterator]();
  const next = iterator.next();
  if (!next.done) {
    return findFirstFilterLoop(iterator, 0, filter4, next.value);
  }
  return succeed3(none2());
}));
var findFirstFilterLoop = (iterator, index, filter4, value) => flatMap(filter4(value, index), (result3) => {
  if (isSuccess2(result3)) {
    return succeed3(some2(result3.success));
  }
  const next = iterator.next();
  if (!next.done) {
    return findFirstFilterLoop(iterator, index + 1, filter4, next.value);
  }
  return succeed3(none2());
});
var whileLoop = /* @__PURE__ */ makePrimitive({
  op: "While",
  [contA](value, fiber3) {
    this[args].step(value);
    if (this[args].while()) {
      fiber3._stack.push(this);
      return this[args].body();
    }
    return exitVoid;
  },
  [evaluate](fiber3) {
    if (this[args].while()) {
      fiber3._stack.push(this);
      return this[args].body();
    }
    return exitVoid;
  }
});
var forEach = /* @__PURE__ */ dual((args2) => typeof args2[1] === "function", (iterable, f, options) => suspend(() => {
  const concurrency = resolveConcurrency(options?.concurrency);
  if (concurrency === 1) {
    return forEachSequential(iterable, f, options);
  }
  const items = fromIterable(iterable);
  let length = items.length;
  if (length === 0) {
    return options?.discard ? void_ : succeed3([]);
  }
  const out = options?.discard ? void 0 : new Array(length);
  const eff = forEachConcurrent({
    f,
    out
  }, items, {
    concurrency
  });
  return eff ? as(eff, out) : succeed3(out);
}));
var head = (self2) => flatMap(self2, (elements) => {
  const result3 = elements[Symbol.iterator]().next();
  return result3.done ? fail3(new NoSuchElementError()) : succeed3(result3.value);
});
var forEachSequential = (iterable, f, options) => suspend(() => {
  const out = options?.discard ? void 0 : [];
  const iterator = iterable[Symbol.iterator]();
  let state = iterator.next();
  let index = 0;
  return as(whileLoop({
    while: () => !state.done,
    body: () => f(state.value, index++),
    step: (b) => {
      if (out) out.push(b);
      state = iterator.next();
    }
  }), out);
});
var resolveConcurrency = (concurrency) => concurrency === "unbounded" ? Number.POSITIVE_INFINITY : Math.max(1, concurrency ?? 1);
var iterateConcurrentImpl = (options) => {
  const onItem = options.onItem;
  const step = options.step;
  return (state, items, opts) => {
    let index = 0;
    const end = opts.end ?? items.length;
    const concurrency = opts.concurrency;
    let done4 = false;
    let parentFiber;
    let fibers;
    let resume;
    let terminal;
    let effect;
    const failDefect = (error) => {
      const defect = exitDie(error);
      terminal = defect;
      done4 = true;
      return fibers && fibers.size > 0 ? flatMap(uninterruptible(fiberInterruptAll(Array.from(fibers))), () => terminal ?? defect) : defect;
    };
    const go = () => {
      let paused = false;
      for (; !terminal && index < end; index++) {
        const item = items[index];
        const eff = effect ?? onItem(state, item, index);
        if (effectIsExit(eff)) {
          terminal = step(state, item, eff, index);
          if (terminal) break;
        } else if (!parentFiber) {
          return callback((cb) => {
            parentFiber = getCurrentFiber();
            fibers = /* @__PURE__ */ new Set();
            effect = eff;
            resume = cb;
            let result3;
            try {
              result3 = go();
            } catch (error) {
              return cb(failDefect(error));
            }
            if (result3) return cb(result3);
            return suspend(() => {
              terminal ??= exitVoid;
              return flatMap(fibers ? fiberInterruptAll(fibers) : void_, () => terminal?._tag === "Failure" ? terminal : void_);
            });
          });
        } else {
          effect = void 0;
          const fiber3 = forkUnsafe(parentFiber, eff, true, true, "inherit");
          if (fiber3._exit) {
            terminal = step(state, item, fiber3._exit, index);
            if (terminal) break;
            continue;
          }
          fibers.add(fiber3);
          const currentIndex = index;
          fiber3.addObserver((exit3) => {
            fibers.delete(fiber3);
            try {
              if (terminal) {
                if (exit3._tag === "Failure") {
                  const reasons = exit3.cause.reasons.filter((reason) => reason._tag !== "Interrupt");
                  if (reasons.length > 0) {
                    const cause = causeFromReasons(reasons);
                    terminal = exitFailCause(terminal._tag === "Failure" ? causeElectDefects(causeCombine(terminal.cause, cause)) : cause);
                  }
                }
              } else {
                const result3 = step(state, item, exit3, currentIndex);
                if (result3) {
                  terminal = result3;
                  go();
                }
              }
              if (paused) {
                const eff2 = go();
                if (eff2) resume(eff2);
              } else if (done4 && fibers.size === 0) {
                resume(terminal ?? void_);
              }
            } catch (error) {
              resume(failDefect(error));
            }
          });
          if (fibers.size < concurrency) continue;
          paused = true;
          index++;
          return;
        }
      }
      done4 = true;
      if (terminal) {
        if (fibers && fibers.size > 0) {
          const annotations = fiberStackAnnotations(parentFiber);
          fibers.forEach((f) => f.interruptUnsafe(parentFiber.id, annotations));
          return;
        }
        if (resume || terminal._tag === "Failure") {
          return terminal;
        }
      } else if (resume) {
        if (!fibers) {
          return exitVoid;
        } else if (fibers.size === 0) {
          resume(void_);
        }
      }
    };
    return go();
  };
};
var forEachConcurrent = /* @__PURE__ */ iterateConcurrentImpl({
  onItem(state, item, index) {
    return state.f(item, index);
  },
  step(state, _, exit3, index) {
    if (exit3._tag === "Failure") return exit3;
    else if (state.out) {
      state.out[index] = exit3.value;
    }
  }
});
var filterOrElse = /* @__PURE__ */ dual(3, (self2, predicate, orElse) => flatMap(self2, (a) => predicate(a) ? succeed3(a) : orElse(a)));
var filterMapOrElse = /* @__PURE__ */ dual(3, (self2, filter4, orElse) => flatMap(self2, (a) => {
  const result3 = filter4(a);
  return isFailure2(result3) ? orElse(result3.failure) : succeed3(result3.success);
}));
var filterMapOrFail = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (self2, filter4, orFailWith) => filterMapOrElse(self2, filter4, orFailWith ? (x) => fail3(orFailWith(x)) : () => fail3(new NoSuchElementError())));
var filter2 = /* @__PURE__ */ dual((args2) => isIterable(args2[0]) && !isEffect(args2[0]), (elements, predicate, options) => map(forEach(elements, (a, i) => {
  const result3 = predicate(a, i);
  if (typeof result3 === "boolean") {
    return succeed3(result3 ? some2(a) : none2());
  }
  return map(result3, (keep2) => keep2 ? some2(a) : none2());
}, options), getSomes));
var filterMap = /* @__PURE__ */ dual((args2) => isIterable(args2[0]) && !isEffect(args2[0]), (elements, filter4) => suspend(() => {
  const out = [];
  for (const a of elements) {
    const result3 = filter4(a);
    if (isSuccess2(result3)) {
      out.push(result3.success);
    }
  }
  return succeed3(out);
}));
var filterMapEffect = /* @__PURE__ */ dual((args2) => isIterable(args2[0]) && !isEffect(args2[0]), (elements, filter4, options) => suspend(() => {
  const out = [];
  return as(forEach(elements, (a) => map(filter4(a), (result3) => {
    if (isSuccess2(result3)) {
      out.push(result3.success);
    }
  }), {
    discard: true,
    concurrency: options?.concurrency
  }), out);
}));
var Do = /* @__PURE__ */ succeed3({});
var bindTo2 = /* @__PURE__ */ bindTo(map);
var bind2 = /* @__PURE__ */ bind(map, flatMap);
var let_2 = /* @__PURE__ */ let_(map);
var forkChild = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (self2, options) => withFiber((fiber3) => {
  interruptChildrenPatch();
  return succeed3(forkUnsafe(fiber3, self2, options?.startImmediately, false, options?.uninterruptible ?? false));
}));
var forkUnsafe = (parent, effect, immediate = false, daemon = false, uninterruptible3 = false) => {
  const parentRuntime = parent;
  const interruptible3 = uninterruptible3 === "inherit" ? parentRuntime.interruptible : !uninterruptible3;
  const child = new FiberImpl(parentRuntime.context, interruptible3);
  if (!daemon) {
    parentRuntime.children().add(child);
    child._parent = parentRuntime;
  }
  if (immediate) {
    child.evaluate(effect);
  } else {
    child._asyncContext = captureAsyncContext();
    parentRuntime.currentDispatcher.scheduleTask(() => child.evaluate(effect), 0);
  }
  return child;
};
var forkDetach = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (self2, options) => withFiber((fiber3) => succeed3(forkUnsafe(fiber3, self2, options?.startImmediately, true, options?.uninterruptible))));
var awaitAllChildren = (self2) => withFiber((fiber3) => {
  const initialChildren = fiber3._children && new Set(fiber3._children);
  const isInterruptible = fiber3.interruptible;
  return onExitPrimitive(self2, (_) => {
    let children = fiber3._children;
    if (children === void 0 || children.size === 0) {
      return void_;
    } else if (initialChildren) {
      children = filter(children, (child) => !initialChildren.has(child));
    }
    const awaitChildren = asVoid(fiberAwaitAll(children));
    return isInterruptible ? interruptible(awaitChildren) : awaitChildren;
  });
});
var fiberScopeFinalizer = (fiber3) => () => withFiber((current) => current === fiber3 ? void_ : fiberInterrupt(fiber3));
var forkIn = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (self2, scope3, options) => withFiber((parent) => {
  const fiber3 = scope3.state._tag === "Closed" ? new FiberImpl(parent.context) : forkUnsafe(parent, self2, options?.startImmediately, true, options?.uninterruptible);
  if (!fiber3._exit) {
    if (scope3.state._tag !== "Closed") {
      scopeAddFinalizerUnsafe(scope3, fiber3, fiberScopeFinalizer(fiber3));
      fiber3.addObserver(() => scopeRemoveFinalizerUnsafe(scope3, fiber3));
    } else {
      fiber3.interruptUnsafe(parent.id, fiberStackAnnotations(parent));
    }
  }
  return succeed3(fiber3);
}));
var forkScoped = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (self2, options) => flatMap(scope, (scope3) => forkIn(self2, scope3, options)));
var runForkWith = (context3) => (effect, options) => {
  const fiber3 = new FiberImpl(options?.scheduler ? add(context3, Scheduler, options.scheduler) : context3, options?.uninterruptible !== true);
  fiber3.evaluate(effect);
  if (fiber3._exit) return fiber3;
  if (options?.signal) {
    if (options.signal.aborted) {
      fiber3.interruptUnsafe();
    } else {
      const abort = () => fiber3.interruptUnsafe();
      options.signal.addEventListener("abort", abort, {
        once: true
      });
      fiber3.addObserver(() => options.signal.removeEventListener("abort", abort));
    }
  }
  if (options?.onFiberStart) {
    options.onFiberStart(fiber3);
  }
  return fiber3;
};
var runFork = /* @__PURE__ */ runForkWith(/* @__PURE__ */ empty());
var runCallbackWith = (context3) => {
  const runFork3 = runForkWith(context3);
  return (effect, options) => {
    const fiber3 = runFork3(effect, options);
    if (options?.onExit) {
      fiber3.addObserver(options.onExit);
    }
    return (interruptor) => {
      return fiber3.interruptUnsafe(interruptor);
    };
  };
};
var runCallback = /* @__PURE__ */ runCallbackWith(/* @__PURE__ */ empty());
var runPromiseExitWith = (context3) => {
  const runFork3 = runForkWith(context3);
  return (effect, options) => {
    const fiber3 = runFork3(effect, options);
    return new Promise((resolve) => {
      fiber3.addObserver((exit3) => resolve(exit3));
    });
  };
};
var runPromiseExit = /* @__PURE__ */ runPromiseExitWith(/* @__PURE__ */ empty());
var runPromiseWith = (context3) => {
  const runPromiseExit3 = runPromiseExitWith(context3);
  return (effect, options) => runPromiseExit3(effect, options).then((exit3) => {
    if (exit3._tag === "Failure") {
      throw causeSquash(exit3.cause);
    }
    return exit3.value;
  });
};
var runPromise = /* @__PURE__ */ runPromiseWith(/* @__PURE__ */ empty());
var runSyncExitWith = (context3) => {
  const runFork3 = runForkWith(context3);
  return (effect) => {
    if (effectIsExit(effect)) return effect;
    const scheduler = new MixedScheduler("sync");
    const fiber3 = runFork3(effect, {
      scheduler
    });
    fiber3._dispatcher?.flush();
    return fiber3._exit ?? exitDie(new AsyncFiberError(fiber3));
  };
};
var runSyncExit = /* @__PURE__ */ runSyncExitWith(/* @__PURE__ */ empty());
var runSyncWith = (context3) => {
  const runSyncExit3 = runSyncExitWith(context3);
  return (effect) => {
    const exit3 = runSyncExit3(effect);
    if (exit3._tag === "Failure") throw causeSquash(exit3.cause);
    return exit3.value;
  };
};
var runSync = /* @__PURE__ */ runSyncWith(/* @__PURE__ */ empty());
var tracer = /* @__PURE__ */ withFiber((fiber3) => succeed3(fiber3.getRef(Tracer)));
var withTracer = /* @__PURE__ */ dual(2, (effect, tracer3) => provideService(effect, Tracer, tracer3));
var withTracerEnabled = /* @__PURE__ */ provideService(TracerEnabled);
var withTracerTiming = /* @__PURE__ */ provideService(TracerTimingEnabled);
var bigint02 = /* @__PURE__ */ BigInt(0);
var NoopSpanProto = {
  _tag: "Span",
  spanId: "noop",
  traceId: "noop",
  sampled: false,
  status: {
    _tag: "Ended",
    startTime: bigint02,
    endTime: bigint02,
    exit: exitVoid
  },
  attributes: /* @__PURE__ */ new Map(),
  links: [],
  kind: "internal",
  attribute() {
  },
  event() {
  },
  end() {
  },
  addLinks() {
  }
};
var noopSpan = (options) => Object.assign(Object.create(NoopSpanProto), options);
var filterDisablePropagation = (span) => {
  if (!span) return none2();
  return get(span.annotations, DisablePropagation) ? span._tag === "Span" ? filterDisablePropagation(getOrUndefined(span.parent)) : none2() : some2(span);
};
var makeSpanUnsafe = (fiber3, name, options) => {
  const disablePropagation = !fiber3.cache.tracerEnabled || options?.annotations && get(options.annotations, DisablePropagation);
  const parent = options?.parent !== void 0 ? some2(options.parent) : options?.root ? none2() : filterDisablePropagation(fiber3.cache.span);
  let span;
  if (disablePropagation) {
    span = noopSpan({
      name,
      parent,
      annotations: add(options?.annotations ?? empty(), DisablePropagation, true)
    });
  } else {
    const tracer3 = fiber3.cache.tracer ?? nativeTracer;
    const clock = fiber3.getRef(ClockRef);
    const timingEnabled = fiber3.getRef(TracerTimingEnabled);
    const annotationsFromEnv = fiber3.getRef(TracerSpanAnnotations);
    const linksFromEnv = fiber3.getRef(TracerSpanLinks);
    const level = options?.level ?? fiber3.getRef(CurrentTraceLevel);
    const links = options?.links !== void 0 ? [...linksFromEnv, ...options.links] : linksFromEnv.length === 0 ? [] : linksFromEnv.slice();
    span = tracer3.span({
      name,
      parent,
      annotations: options?.annotations ?? empty(),
      links,
      startTime: timingEnabled ? clock.currentTimeNanosUnsafe() : bigint02,
      kind: options?.kind ?? "internal",
      root: options?.root ?? false,
      sampled: options?.sampled ?? (isSome2(parent) && parent.value.sampled === false ? false : !isLogLevelGreaterThan(fiber3.getRef(MinimumTraceLevel), level))
    });
    for (const key in annotationsFromEnv) {
      span.attribute(key, annotationsFromEnv[key]);
    }
    if (options?.attributes !== void 0) {
      for (const key in options.attributes) {
        span.attribute(key, options.attributes[key]);
      }
    }
  }
  return span;
};
var makeSpan = (name, options) => withFiber((fiber3) => succeed3(makeSpanUnsafe(fiber3, name, options)));
var makeSpanScoped = (name, options) => uninterruptible(withFiber((fiber3) => {
  const scope3 = getUnsafe(fiber3.context, scopeTag);
  const span = makeSpanUnsafe(fiber3, name, options ?? {});
  const clock = fiber3.getRef(ClockRef);
  const timingEnabled = fiber3.getRef(TracerTimingEnabled);
  return as(scopeAddFinalizerExit(scope3, (exit3) => endSpan(span, exit3, clock, timingEnabled)), span);
}));
var withSpanScoped = function() {
  const dataFirst = typeof arguments[0] !== "string";
  const name = dataFirst ? arguments[1] : arguments[0];
  const options = addSpanStackTrace(dataFirst ? arguments[2] : arguments[1]);
  if (dataFirst) {
    const self2 = arguments[0];
    return flatMap(makeSpanScoped(name, options), (span) => withParentSpan(self2, span, options));
  }
  return (self2) => flatMap(makeSpanScoped(name, options), (span) => withParentSpan(self2, span, options));
};
var provideSpanStackFrame = (name, stack) => {
  stack = typeof stack === "function" ? stack : constUndefined;
  return updateService(CurrentStackFrame, (parent) => ({
    name,
    stack,
    parent
  }));
};
var spanAnnotations = TracerSpanAnnotations;
var spanLinks = TracerSpanLinks;
var linkSpans = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (self2, span, attributes = {}) => {
  const spans = Array.isArray(span) ? span : [span];
  const links = spans.map((span2) => ({
    span: span2,
    attributes
  }));
  return updateService(self2, TracerSpanLinks, (current) => [...current, ...links]);
});
var endSpan = (span, exit3, clock, timingEnabled) => sync(() => {
  if (span.status._tag === "Ended") return;
  span.end(timingEnabled ? clock.currentTimeNanosUnsafe() : bigint02, exit3);
});
var useSpan = (name, ...args2) => {
  const options = args2.length === 1 ? void 0 : args2[0];
  const evaluate2 = args2[args2.length - 1];
  return withFiber((fiber3) => {
    const span = makeSpanUnsafe(fiber3, name, options);
    const clock = fiber3.getRef(ClockRef);
    const timingEnabled = fiber3.getRef(TracerTimingEnabled);
    onExitUnsafe(fiber3, (exit3) => endSpan(span, exit3, clock, timingEnabled));
    return evaluate2(span);
  });
};
var provideParentSpan = /* @__PURE__ */ provideService(ParentSpan);
var withParentSpan = function() {
  const dataFirst = isEffect(arguments[0]);
  const span = dataFirst ? arguments[1] : arguments[0];
  let options = dataFirst ? arguments[2] : arguments[1];
  let provideStackFrame = identity;
  if (span._tag === "Span") {
    options = addSpanStackTrace(options);
    provideStackFrame = provideSpanStackFrame(span.name, options?.captureStackTrace);
  }
  if (dataFirst) {
    return provideParentSpan(provideStackFrame(arguments[0]), span);
  }
  return (self2) => provideParentSpan(provideStackFrame(self2), span);
};
var withSpan = function() {
  const dataFirst = typeof arguments[0] !== "string";
  const name = dataFirst ? arguments[1] : arguments[0];
  const traceOptions = addSpanStackTrace(arguments[2]);
  if (dataFirst) {
    const self2 = arguments[0];
    return useSpan(name, arguments[2], (span) => withParentSpan(self2, span, traceOptions));
  }
  const fnArg = typeof arguments[1] === "function" ? arguments[1] : void 0;
  const options = fnArg ? void 0 : arguments[1];
  return (self2, ...args2) => useSpan(name, fnArg ? fnArg(...args2) : options, (span) => withParentSpan(self2, span, traceOptions));
};
var annotateSpans = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (effect, ...args2) => updateService(effect, TracerSpanAnnotations, (annotations) => {
  const newAnnotations = args2.length === 1 ? {
    ...annotations,
    ...args2[0]
  } : {
    ...annotations
  };
  if (args2.length === 1) {
    return newAnnotations;
  } else {
    assignProperty(newAnnotations, args2[0], args2[1]);
  }
  return newAnnotations;
}));
var annotateCurrentSpan = (...args2) => withFiber((fiber3) => {
  const span = fiber3.currentSpanLocal;
  if (span) {
    if (args2.length === 1) {
      for (const [key, value] of Object.entries(args2[0])) {
        span.attribute(key, value);
      }
    } else {
      span.attribute(args2[0], args2[1]);
    }
  }
  return void_;
});
var currentSpan = /* @__PURE__ */ withFiber((fiber3) => {
  const span = fiber3.currentSpanLocal;
  return span ? succeed3(span) : fail3(new NoSuchElementError());
});
var currentParentSpan = /* @__PURE__ */ serviceOptional(ParentSpan);
var ClockRef = /* @__PURE__ */ Reference("effect/Clock", {
  defaultValue: () => new ClockImpl()
});
var MAX_TIMER_MILLIS = 2 ** 31 - 1;
var ClockImpl = class {
  currentTimeMillisUnsafe() {
    return Date.now();
  }
  currentTimeMillis = /* @__PURE__ */ sync(() => this.currentTimeMillisUnsafe());
  currentTimeNanosUnsafe() {
    return wallTimeNanos();
  }
  currentTimeNanos = /* @__PURE__ */ sync(() => this.currentTimeNanosUnsafe());
  monotonicTimeNanosUnsafe() {
    return monotonicNowNanos();
  }
  monotonicTimeNanos = /* @__PURE__ */ sync(() => this.monotonicTimeNanosUnsafe());
  sleep(duration) {
    return this.sleepMillis(toMillis(duration));
  }
  sleepMillis(millis2) {
    if (millis2 <= 0) return yieldNow;
    else if (!Number.isFinite(millis2)) return never;
    return callback((resume) => {
      const continuation = millis2 > MAX_TIMER_MILLIS ? this.sleepMillis(millis2 - MAX_TIMER_MILLIS) : void_;
      const handle = setTimeout(() => resume(continuation), Math.min(millis2, MAX_TIMER_MILLIS));
      return sync(() => clearTimeout(handle));
    });
  }
};
var nanosPerMilli = /* @__PURE__ */ BigInt(1e6);
var monotonicNowNanos = /* @__PURE__ */ (function() {
  const processHrtime = globalThis.process?.hrtime;
  if (typeof processHrtime?.bigint === "function") {
    return () => processHrtime.bigint();
  }
  if (typeof performance !== "undefined" && typeof performance.now === "function") {
    return () => BigInt(Math.round(performance.now() * 1e6));
  }
  let previous = /* @__PURE__ */ BigInt(0);
  return () => {
    const current = BigInt(Date.now()) * nanosPerMilli;
    if (current > previous) {
      previous = current;
    }
    return previous;
  };
})();
var wallTimeNanos = /* @__PURE__ */ (function() {
  const reanchorThresholdNanos = /* @__PURE__ */ BigInt(1e9);
  let origin;
  return () => {
    const monotonic = monotonicNowNanos();
    const wall = BigInt(Date.now()) * nanosPerMilli;
    if (origin === void 0) {
      origin = wall - monotonic;
    } else {
      const projected = origin + monotonic;
      const skew = wall > projected ? wall - projected : projected - wall;
      if (skew > reanchorThresholdNanos) {
        origin = wall - monotonic;
      }
    }
    return origin + monotonic;
  };
})();
var clockWith = (f) => withFiber((fiber3) => f(fiber3.getRef(ClockRef)));
var sleep = (duration) => clockWith((clock) => clock.sleep(fromInputUnsafe(duration)));
var currentTimeMillis = /* @__PURE__ */ clockWith((clock) => clock.currentTimeMillis);
var currentTimeNanos = /* @__PURE__ */ clockWith((clock) => clock.currentTimeNanos);
var monotonicTimeNanos = /* @__PURE__ */ clockWith((clock) => clock.monotonicTimeNanos);
var TimeoutErrorTypeId = "~effect/Cause/TimeoutError";
var TimeoutError = class extends (/* @__PURE__ */ TaggedError("TimeoutError")) {
  [TimeoutErrorTypeId] = TimeoutErrorTypeId;
  constructor(message) {
    super({
      message
    });
  }
};
var IllegalArgumentErrorTypeId = "~effect/Cause/IllegalArgumentError";
var IllegalArgumentError = class extends (/* @__PURE__ */ TaggedError("IllegalArgumentError")) {
  [IllegalArgumentErrorTypeId] = IllegalArgumentErrorTypeId;
  constructor(message) {
    super({
      message
    });
  }
};
var ExceededCapacityErrorTypeId = "~effect/Cause/ExceededCapacityError";
var ExceededCapacityError = class extends (/* @__PURE__ */ TaggedError("ExceededCapacityError")) {
  [ExceededCapacityErrorTypeId] = ExceededCapacityErrorTypeId;
  constructor(message) {
    super({
      message
    });
  }
};
var AsyncFiberErrorTypeId = "~effect/Cause/AsyncFiberError";
var AsyncFiberError = class extends (/* @__PURE__ */ TaggedError("AsyncFiberError")) {
  [AsyncFiberErrorTypeId] = AsyncFiberErrorTypeId;
  constructor(fiber3) {
    super({
      message: "An asynchronous Effect was executed with Effect.runSync",
      fiber: fiber3
    });
  }
};
var UnknownErrorTypeId = "~effect/Cause/UnknownError";
var UnknownError = class extends (/* @__PURE__ */ TaggedError("UnknownError")) {
  [UnknownErrorTypeId] = UnknownErrorTypeId;
  constructor(cause, message) {
    super({
      message,
      cause
    });
  }
};
var ConsoleRef = /* @__PURE__ */ Reference("effect/Console", {
  defaultValue: () => globalThis.console
});
var logLevelToOrder = (level) => {
  switch (level) {
    case "All":
      return Number.MIN_SAFE_INTEGER;
    case "Fatal":
      return 5e4;
    case "Error":
      return 4e4;
    case "Warn":
      return 3e4;
    case "Info":
      return 2e4;
    case "Debug":
      return 1e4;
    case "Trace":
      return 0;
    case "None":
      return Number.MAX_SAFE_INTEGER;
  }
};
var LogLevelOrder = /* @__PURE__ */ mapInput(Number2, logLevelToOrder);
var isLogLevelGreaterThan = /* @__PURE__ */ isGreaterThan(LogLevelOrder);
var CurrentLoggers = /* @__PURE__ */ Reference("effect/Logger/CurrentLoggers", {
  defaultValue: () => /* @__PURE__ */ new Set([defaultLogger, tracerLogger])
});
var LogToStderr = /* @__PURE__ */ Reference("effect/Logger/LogToStderr", {
  defaultValue: constFalse
});
var annotateLogsScoped = function() {
  const entries = typeof arguments[0] === "string" ? [[arguments[0], arguments[1]]] : Object.entries(arguments[0]);
  return uninterruptible(withFiber((fiber3) => {
    const prev = fiber3.getRef(CurrentLogAnnotations);
    const next = {
      ...prev
    };
    for (let i = 0; i < entries.length; i++) {
      const [key, value] = entries[i];
      assignProperty(next, key, value);
    }
    fiber3.setContext(add(fiber3.context, CurrentLogAnnotations, next));
    return scopeAddFinalizerExit(getUnsafe(fiber3.context, scopeTag), (_) => {
      const current = fiber3.getRef(CurrentLogAnnotations);
      const next2 = {
        ...current
      };
      for (let i = 0; i < entries.length; i++) {
        const [key, value] = entries[i];
        if (current[key] !== value && !Object.is(current[key], value)) continue;
        if (Object.hasOwn(prev, key)) {
          assignProperty(next2, key, prev[key]);
        } else {
          delete next2[key];
        }
      }
      fiber3.setContext(add(fiber3.context, CurrentLogAnnotations, next2));
      return void_;
    });
  }));
};
var LoggerTypeId = "~effect/Logger";
var LoggerProto = {
  [LoggerTypeId]: {
    _Message: identity,
    _Output: identity
  },
  pipe() {
    return pipeArguments(this, arguments);
  }
};
var loggerMake = (log3) => {
  const self2 = Object.create(LoggerProto);
  self2.log = log3;
  return self2;
};
var formatLabel = (key) => key.replace(/[\s="]/g, "_");
var formatLogSpan = (self2, now) => {
  const label = formatLabel(self2[0]);
  return `${label}=${now - self2[1]}ms`;
};
var logWithLevel = (level) => (...message) => {
  let cause = void 0;
  for (let i = 0, len = message.length; i < len; i++) {
    const msg = message[i];
    if (isCause(msg)) {
      if (cause) {
        ;
        message.splice(i, 1);
      } else {
        message = message.slice(0, i).concat(message.slice(i + 1));
      }
      cause = cause ? causeFromReasons(cause.reasons.concat(msg.reasons)) : msg;
      i--;
    }
  }
  if (cause === void 0) {
    cause = causeEmpty;
  }
  return withFiber((fiber3) => {
    const logLevel = level ?? fiber3.cache.logLevel;
    if (isLogLevelGreaterThan(fiber3.cache.minimumLogLevel, logLevel)) {
      return void_;
    }
    const clock = fiber3.getRef(ClockRef);
    const loggers = fiber3.getRef(CurrentLoggers);
    if (loggers.size > 0) {
      const date = new Date(clock.currentTimeMillisUnsafe());
      for (const logger of loggers) {
        logger.log({
          cause,
          fiber: fiber3,
          date,
          logLevel,
          message
        });
      }
    }
    return void_;
  });
};
var colors = {
  bold: "1",
  red: "31",
  green: "32",
  yellow: "33",
  blue: "34",
  cyan: "36",
  white: "37",
  gray: "90",
  black: "30",
  bgBrightRed: "101"
};
var logLevelColors = {
  None: [],
  All: [],
  Trace: [colors.gray],
  Debug: [colors.blue],
  Info: [colors.green],
  Warn: [colors.yellow],
  Error: [colors.red],
  Fatal: [colors.bgBrightRed, colors.black]
};
var defaultDateFormat = (date) => `${date.getHours().toString().padStart(2, "0")}:${date.getMinutes().toString().padStart(2, "0")}:${date.getSeconds().toString().padStart(2, "0")}.${date.getMilliseconds().toString().padStart(3, "0")}`;
var defaultLogger = /* @__PURE__ */ loggerMake(({
  cause,
  date,
  fiber: fiber3,
  logLevel,
  message
}) => {
  const message_ = Array.isArray(message) ? message.slice() : [message];
  if (cause.reasons.length > 0) {
    message_.push(causePretty(cause));
  }
  const now = date.getTime();
  const spans = fiber3.getRef(CurrentLogSpans);
  let spanString = "";
  for (const span of spans) {
    spanString += ` ${formatLogSpan(span, now)}`;
  }
  const annotations = fiber3.getRef(CurrentLogAnnotations);
  if (Object.keys(annotations).length > 0) {
    message_.push(annotations);
  }
  const console2 = fiber3.getRef(ConsoleRef);
  const log3 = fiber3.getRef(LogToStderr) ? console2.error : console2.log;
  log3(`[${defaultDateFormat(date)}] ${logLevel.toUpperCase()} (#${fiber3.id})${spanString}:`, ...message_);
});
var tracerLogger = /* @__PURE__ */ loggerMake(({
  cause,
  fiber: fiber3,
  logLevel,
  message
}) => {
  const clock = fiber3.getRef(ClockRef);
  const annotations = fiber3.getRef(CurrentLogAnnotations);
  const span = fiber3.cache.span;
  if (span === void 0 || span._tag === "ExternalSpan") return;
  const attributes = {};
  for (const [key, value] of Object.entries(annotations)) {
    assignProperty(attributes, key, value);
  }
  attributes["effect.fiberId"] = fiber3.id;
  attributes["effect.logLevel"] = logLevel.toUpperCase();
  if (cause.reasons.length > 0) {
    attributes["effect.cause"] = causePretty(cause);
  }
  span.event(toStringUnknown(Array.isArray(message) && message.length === 1 ? message[0] : message), clock.currentTimeNanosUnsafe(), attributes);
});
function interruptChildrenPatch() {
  fiberMiddleware.interruptChildren ??= fiberInterruptChildren;
}
var undefined_ = /* @__PURE__ */ succeed3(void 0);
var withErrorReporting = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (self2, options) => onError(self2, (cause) => withFiber((fiber3) => {
  reportCauseUnsafe(fiber3, cause, options?.defectsOnly);
  return void_;
})));
var reportCauseUnsafe = (fiber3, cause, defectsOnly) => {
  const reporters = fiber3.getRef(CurrentErrorReporters);
  if (reporters.size === 0) return;
  if (defectsOnly && !hasDies(cause)) return;
  const opts = {
    cause,
    fiber: fiber3,
    timestamp: fiber3.getRef(ClockRef).currentTimeNanosUnsafe()
  };
  reporters.forEach((reporter) => reporter.report(opts));
};

// node_modules/effect/dist/Cause.js
var fromReasons = causeFromReasons;
var isDone2 = isDone;
var done2 = done;

// node_modules/effect/dist/Effect.js
var Effect_exports = {};
__export(Effect_exports, {
  Do: () => Do2,
  Transaction: () => Transaction,
  TypeId: () => TypeId12,
  abortSignal: () => abortSignal2,
  acquireDisposable: () => acquireDisposable2,
  acquireRelease: () => acquireRelease2,
  acquireUseRelease: () => acquireUseRelease2,
  addFinalizer: () => addFinalizer2,
  all: () => all2,
  andThen: () => andThen2,
  annotateCurrentSpan: () => annotateCurrentSpan2,
  annotateLogs: () => annotateLogs,
  annotateLogsScoped: () => annotateLogsScoped2,
  annotateSpans: () => annotateSpans2,
  as: () => as2,
  asSome: () => asSome2,
  asVoid: () => asVoid2,
  awaitAllChildren: () => awaitAllChildren2,
  bind: () => bind3,
  bindTo: () => bindTo3,
  cached: () => cached2,
  cachedInvalidateWithTTL: () => cachedInvalidateWithTTL2,
  cachedWithTTL: () => cachedWithTTL2,
  callback: () => callback2,
  catch: () => catch_2,
  catchCause: () => catchCause2,
  catchCauseFilter: () => catchCauseFilter2,
  catchCauseIf: () => catchCauseIf2,
  catchDefect: () => catchDefect2,
  catchEager: () => catchEager2,
  catchFilter: () => catchFilter2,
  catchIf: () => catchIf2,
  catchNoSuchElement: () => catchNoSuchElement2,
  catchReason: () => catchReason2,
  catchReasons: () => catchReasons2,
  catchTag: () => catchTag2,
  catchTags: () => catchTags2,
  clockWith: () => clockWith3,
  context: () => context2,
  contextWith: () => contextWith2,
  currentParentSpan: () => currentParentSpan2,
  currentSpan: () => currentSpan2,
  delay: () => delay2,
  die: () => die3,
  effectify: () => effectify,
  ensuring: () => ensuring2,
  eventually: () => eventually2,
  exit: () => exit2,
  fail: () => fail5,
  failCause: () => failCause3,
  failCauseSync: () => failCauseSync3,
  failSync: () => failSync3,
  fiber: () => fiber2,
  fiberId: () => fiberId2,
  filter: () => filter3,
  filterMap: () => filterMap2,
  filterMapEffect: () => filterMapEffect2,
  filterMapOrElse: () => filterMapOrElse2,
  filterMapOrFail: () => filterMapOrFail2,
  filterOrElse: () => filterOrElse2,
  filterOrFail: () => filterOrFail2,
  findFirst: () => findFirst2,
  findFirstFilter: () => findFirstFilter2,
  firstSuccessOf: () => firstSuccessOf2,
  flatMap: () => flatMap2,
  flatMapEager: () => flatMapEager2,
  flatten: () => flatten5,
  flip: () => flip2,
  fn: () => fn2,
  fnUntraced: () => fnUntraced2,
  fnUntracedEager: () => fnUntracedEager2,
  forEach: () => forEach2,
  forever: () => forever3,
  forkChild: () => forkChild2,
  forkDetach: () => forkDetach2,
  forkIn: () => forkIn2,
  forkScoped: () => forkScoped2,
  fromNullishOr: () => fromNullishOr2,
  fromOption: () => fromOption3,
  fromResult: () => fromResult2,
  gen: () => gen2,
  head: () => head2,
  ignore: () => ignore2,
  ignoreCause: () => ignoreCause2,
  interrupt: () => interrupt3,
  interruptible: () => interruptible2,
  interruptibleMask: () => interruptibleMask2,
  isEffect: () => isEffect2,
  isFailure: () => isFailure4,
  isSuccess: () => isSuccess5,
  let: () => let_3,
  linkSpans: () => linkSpans2,
  log: () => log2,
  logDebug: () => logDebug,
  logError: () => logError,
  logFatal: () => logFatal,
  logInfo: () => logInfo,
  logTrace: () => logTrace,
  logWarning: () => logWarning,
  logWithLevel: () => logWithLevel2,
  makeSpan: () => makeSpan2,
  makeSpanScoped: () => makeSpanScoped2,
  map: () => map2,
  mapBoth: () => mapBoth2,
  mapBothEager: () => mapBothEager2,
  mapEager: () => mapEager2,
  mapError: () => mapError2,
  mapErrorEager: () => mapErrorEager2,
  match: () => match4,
  matchCause: () => matchCause2,
  matchCauseEager: () => matchCauseEager2,
  matchCauseEffect: () => matchCauseEffect2,
  matchCauseEffectEager: () => matchCauseEffectEager2,
  matchEager: () => matchEager2,
  matchEffect: () => matchEffect3,
  never: () => never2,
  onError: () => onError2,
  onErrorFilter: () => onErrorFilter2,
  onErrorIf: () => onErrorIf2,
  onExit: () => onExit2,
  onExitFilter: () => onExitFilter2,
  onExitIf: () => onExitIf2,
  onExitPrimitive: () => onExitPrimitive2,
  onInterrupt: () => onInterrupt2,
  option: () => option2,
  orDie: () => orDie2,
  orElseSucceed: () => orElseSucceed2,
  partition: () => partition3,
  promise: () => promise2,
  provide: () => provide4,
  provideContext: () => provideContext2,
  provideService: () => provideService2,
  provideServiceEffect: () => provideServiceEffect2,
  race: () => race2,
  raceAll: () => raceAll2,
  raceAllFirst: () => raceAllFirst2,
  raceFirst: () => raceFirst2,
  reduce: () => reduce2,
  repeat: () => repeat2,
  repeatOrElse: () => repeatOrElse2,
  replicate: () => replicate2,
  replicateEffect: () => replicateEffect2,
  request: () => request2,
  requestUnsafe: () => requestUnsafe2,
  result: () => result2,
  retry: () => retry2,
  retryOrElse: () => retryOrElse2,
  runCallback: () => runCallback2,
  runCallbackWith: () => runCallbackWith2,
  runFork: () => runFork2,
  runForkWith: () => runForkWith2,
  runPromise: () => runPromise2,
  runPromiseExit: () => runPromiseExit2,
  runPromiseExitWith: () => runPromiseExitWith2,
  runPromiseWith: () => runPromiseWith2,
  runSync: () => runSync2,
  runSyncExit: () => runSyncExit2,
  runSyncExitWith: () => runSyncExitWith2,
  runSyncWith: () => runSyncWith2,
  sandbox: () => sandbox2,
  satisfiesErrorType: () => satisfiesErrorType,
  satisfiesServicesType: () => satisfiesServicesType,
  satisfiesSuccessType: () => satisfiesSuccessType,
  schedule: () => schedule,
  scheduleFrom: () => scheduleFrom2,
  scope: () => scope2,
  scoped: () => scoped2,
  scopedWith: () => scopedWith2,
  service: () => service2,
  serviceOption: () => serviceOption2,
  setContext: () => setContext2,
  sleep: () => sleep2,
  spanAnnotations: () => spanAnnotations2,
  spanLinks: () => spanLinks2,
  succeed: () => succeed5,
  succeedNone: () => succeedNone2,
  succeedSome: () => succeedSome2,
  suspend: () => suspend2,
  sync: () => sync3,
  tap: () => tap2,
  tapCause: () => tapCause2,
  tapCauseFilter: () => tapCauseFilter2,
  tapCauseIf: () => tapCauseIf2,
  tapDefect: () => tapDefect2,
  tapError: () => tapError2,
  tapErrorTag: () => tapErrorTag2,
  timed: () => timed2,
  timeout: () => timeout2,
  timeoutOption: () => timeoutOption2,
  timeoutOrElse: () => timeoutOrElse2,
  tracer: () => tracer2,
  track: () => track,
  trackDefects: () => trackDefects,
  trackDuration: () => trackDuration,
  trackErrors: () => trackErrors,
  trackSuccesses: () => trackSuccesses,
  transposeOption: () => transposeOption2,
  try: () => try_2,
  tryPromise: () => tryPromise2,
  tx: () => tx,
  txRetry: () => txRetry,
  undefined: () => undefined_2,
  uninterruptible: () => uninterruptible2,
  uninterruptibleMask: () => uninterruptibleMask2,
  unwrapReason: () => unwrapReason2,
  updateContext: () => updateContext2,
  updateService: () => updateService2,
  updateServiceScoped: () => updateServiceScoped2,
  useSpan: () => useSpan2,
  validate: () => validate2,
  void: () => void_2,
  when: () => when2,
  whileLoop: () => whileLoop2,
  withErrorReporting: () => withErrorReporting2,
  withExecutionPlan: () => withExecutionPlan2,
  withFiber: () => withFiber2,
  withFiberSucceed: () => withFiberSucceed2,
  withLogSpan: () => withLogSpan,
  withLogger: () => withLogger,
  withParentSpan: () => withParentSpan2,
  withSpan: () => withSpan2,
  withSpanScoped: () => withSpanScoped2,
  withTracer: () => withTracer2,
  withTracerEnabled: () => withTracerEnabled2,
  withTracerTiming: () => withTracerTiming2,
  yieldNow: () => yieldNow2,
  yieldNowWith: () => yieldNowWith2,
  zip: () => zip2,
  zipWith: () => zipWith2
});

// node_modules/effect/dist/Exit.js
var isSuccess4 = exitIsSuccess;

// node_modules/effect/dist/Deferred.js
var Deferred_exports = {};
__export(Deferred_exports, {
  await: () => _await,
  complete: () => complete,
  completeWith: () => completeWith,
  die: () => die2,
  dieSync: () => dieSync,
  done: () => done3,
  doneUnsafe: () => doneUnsafe,
  fail: () => fail4,
  failCause: () => failCause2,
  failCauseSync: () => failCauseSync2,
  failSync: () => failSync2,
  interrupt: () => interrupt2,
  interruptWith: () => interruptWith,
  into: () => into,
  isDeferred: () => isDeferred,
  isDone: () => isDone3,
  isDoneUnsafe: () => isDoneUnsafe,
  make: () => make7,
  makeUnsafe: () => makeUnsafe2,
  poll: () => poll,
  succeed: () => succeed4,
  sync: () => sync2
});
var TypeId5 = "~effect/Deferred";
var isDeferred = (u) => hasProperty(u, TypeId5);
var DeferredProto = {
  [TypeId5]: {
    _A: identity,
    _E: identity
  },
  pipe() {
    return pipeArguments(this, arguments);
  }
};
var DeferredImpl = function() {
  this.resumes = void 0;
  this.effect = void 0;
};
DeferredImpl.prototype = DeferredProto;
var makeUnsafe2 = () => new DeferredImpl();
var make7 = () => sync(() => makeUnsafe2());
var _await = (self2) => callback((resume) => {
  if (self2.effect) return resume(self2.effect);
  self2.resumes ??= [];
  self2.resumes.push(resume);
  return sync(() => {
    const resumes = self2.resumes;
    if (resumes === void 0) return;
    const index = resumes.indexOf(resume);
    if (index >= 0) resumes.splice(index, 1);
  });
});
var complete = /* @__PURE__ */ dual(2, (self2, effect) => suspend(() => self2.effect ? succeed3(false) : into(effect, self2)));
var completeWith = /* @__PURE__ */ dual(2, (self2, effect) => sync(() => doneUnsafe(self2, effect)));
var done3 = completeWith;
var fail4 = /* @__PURE__ */ dual(2, (self2, error) => done3(self2, exitFail(error)));
var failSync2 = /* @__PURE__ */ dual(2, (self2, evaluate2) => suspend(() => fail4(self2, evaluate2())));
var failCause2 = /* @__PURE__ */ dual(2, (self2, cause) => done3(self2, exitFailCause(cause)));
var failCauseSync2 = /* @__PURE__ */ dual(2, (self2, evaluate2) => suspend(() => failCause2(self2, evaluate2())));
var die2 = /* @__PURE__ */ dual(2, (self2, defect) => done3(self2, exitDie(defect)));
var dieSync = /* @__PURE__ */ dual(2, (self2, evaluate2) => suspend(() => die2(self2, evaluate2())));
var interrupt2 = (self2) => withFiber((fiber3) => interruptWith(self2, fiber3.id));
var interruptWith = /* @__PURE__ */ dual(2, (self2, fiberId3) => failCause2(self2, causeInterrupt(fiberId3)));
var isDone3 = (self2) => sync(() => isDoneUnsafe(self2));
var isDoneUnsafe = (self2) => self2.effect !== void 0;
function poll(self2) {
  return sync(() => fromUndefinedOr(self2.effect));
}
var succeed4 = /* @__PURE__ */ dual(2, (self2, value) => done3(self2, exitSucceed(value)));
var sync2 = /* @__PURE__ */ dual(2, (self2, evaluate2) => suspend(() => succeed4(self2, evaluate2())));
var doneUnsafe = (self2, effect) => {
  if (self2.effect) return false;
  self2.effect = effect;
  if (self2.resumes) {
    const resumes = self2.resumes;
    self2.resumes = void 0;
    for (let i = 0; i < resumes.length; i++) {
      resumes[i](effect);
    }
  }
  return true;
};
var into = /* @__PURE__ */ dual(2, (self2, deferred) => uninterruptibleMask((restore) => flatMap(exit(restore(self2)), (exit3) => done3(deferred, exit3))));

// node_modules/effect/dist/References.js
var CurrentLogAnnotations2 = CurrentLogAnnotations;
var CurrentLogSpans2 = CurrentLogSpans;

// node_modules/effect/dist/Scope.js
var makeUnsafe3 = scopeMakeUnsafe;
var forkUnsafe2 = scopeForkUnsafe;
var close = scopeClose;

// node_modules/effect/dist/Layer.js
var TypeId6 = "~effect/Layer";
var MemoMapTypeId = "~effect/Layer/MemoMap";
var makeMemoMapEntry = (memoMap, layer) => {
  const entry = {
    observers: 0,
    deferred: makeUnsafe2(),
    scope: makeUnsafe3(),
    finalizer: (exit3) => suspend(() => {
      if (--entry.observers > 0) return void_;
      memoMap.map.delete(layer);
      return close(entry.scope, exit3);
    })
  };
  return entry;
};
var memoMapObserve = (entry, scope3) => {
  if (scope3.state._tag === "Closed") return false;
  entry.observers++;
  scopeAddFinalizerUnsafe(scope3, {}, entry.finalizer);
  return true;
};
var isLayer = (u) => hasProperty(u, TypeId6);
var LayerProto = {
  [TypeId6]: {
    _ROut: identity,
    _E: identity,
    _RIn: identity
  },
  pipe() {
    return pipeArguments(this, arguments);
  }
};
var fromBuildUnsafe = (build) => {
  const self2 = Object.create(LayerProto);
  self2.build = build;
  return self2;
};
var fromBuild = (build) => fromBuildUnsafe((memoMap, scope3) => {
  const layerScope = forkUnsafe2(scope3);
  return onExit(build(memoMap, layerScope), (exit3) => exit3._tag === "Failure" ? close(layerScope, exit3) : void_);
});
var fromBuildMemo = (build) => {
  const self2 = fromBuild((memoMap, scope3) => memoMap.getOrElseMemoize(self2, scope3, build));
  return self2;
};
var MemoMapImpl = class {
  get [MemoMapTypeId]() {
    return MemoMapTypeId;
  }
  parent;
  constructor(parent) {
    this.parent = parent;
  }
  map = /* @__PURE__ */ new Map();
  get(layer, scope3) {
    const local = this.map.get(layer);
    if (local) {
      memoMapObserve(local, scope3);
      return local.deferred.effect ?? _await(local.deferred);
    }
    return this.parent?.get(layer, scope3);
  }
  getOrElseMemoize(layer, scope3, build) {
    return suspend(() => {
      let deferred;
      return onExitPrimitive(suspend(() => {
        const existing = this.get(layer, scope3);
        if (existing) return existing;
        const entry = makeMemoMapEntry(this, layer);
        if (!memoMapObserve(entry, scope3)) return build(this, scope3);
        deferred = entry.deferred;
        this.map.set(layer, entry);
        return build(this, entry.scope);
      }), (exit3) => {
        if (deferred) doneUnsafe(deferred, exit3);
      });
    });
  }
};
var makeMemoMapUnsafe = () => new MemoMapImpl();
var forkMemoMapUnsafe = (parent) => new MemoMapImpl(parent);
var CurrentMemoMap = class _CurrentMemoMap extends (/* @__PURE__ */ Service()("effect/Layer/CurrentMemoMap")) {
  static forkOrCreate(self2) {
    const current = getOrUndefined2(self2, _CurrentMemoMap);
    return current ? forkMemoMapUnsafe(current) : makeMemoMapUnsafe();
  }
};
var buildWithMemoMap = /* @__PURE__ */ dual(3, (self2, memoMap, scope3) => provideService(map(suspend(() => self2.build(memoMap, scope3)), add(CurrentMemoMap, memoMap)), CurrentMemoMap, memoMap));
var buildWithScope = /* @__PURE__ */ dual(2, (self2, scope3) => withFiber((fiber3) => buildWithMemoMap(self2, CurrentMemoMap.forkOrCreate(fiber3.context), scope3)));
var succeedContext = (context3) => fromBuildUnsafe(constant(succeed3(context3)));
var mergeAllEffect = (layers, memoMap, scope3) => {
  const parentScope = forkUnsafe2(scope3, "parallel");
  return forEach(layers, (layer) => layer.build(memoMap, forkUnsafe2(parentScope, "sequential")), {
    concurrency: layers.length
  }).pipe(map((context3) => mergeAll(...context3)));
};
var mergeAll2 = (...layers) => fromBuildMemo((memoMap, scope3) => mergeAllEffect(layers, memoMap, scope3));
var provideWith = (self2, that, f) => fromBuildMemo((memoMap, scope3) => flatMap(Array.isArray(that) ? mergeAllEffect(that, memoMap, scope3) : that.build(memoMap, scope3), (context3) => self2.build(memoMap, scope3).pipe(provideContext(context3), map((merged) => f(merged, context3)))));
var provide2 = /* @__PURE__ */ dual(2, (self2, that) => provideWith(self2, that, identity));

// node_modules/effect/dist/Clock.js
var Clock_exports = {};
__export(Clock_exports, {
  Clock: () => Clock,
  clockWith: () => clockWith2,
  currentTimeMillis: () => currentTimeMillis2,
  currentTimeNanos: () => currentTimeNanos2,
  monotonicTimeNanos: () => monotonicTimeNanos2
});
var Clock = ClockRef;
var clockWith2 = clockWith;
var currentTimeMillis2 = currentTimeMillis;
var currentTimeNanos2 = currentTimeNanos;
var monotonicTimeNanos2 = monotonicTimeNanos;

// node_modules/effect/dist/Pull.js
var catchDone = /* @__PURE__ */ dual(2, (effect, f) => catchCauseFilter(effect, filterDoneLeftover, (l) => f(l)));
var isDoneFailure = (failure) => failure._tag === "Fail" && isDone2(failure.error);
var filterDone = (cause) => {
  let done4;
  let hasFailure = false;
  for (const reason of cause.reasons) {
    if (isDoneFailure(reason)) {
      done4 ??= reason.error;
    } else if (reason._tag !== "Interrupt") {
      hasFailure = true;
    }
  }
  if (done4 === void 0) return fail2(cause);
  return hasFailure ? fail2(fromReasons(cause.reasons.filter((reason) => !isDoneFailure(reason)))) : succeed2(done4);
};
var filterDoneLeftover = (cause) => {
  const done4 = filterDone(cause);
  return isFailure2(done4) ? done4 : succeed2(done4.success.value);
};
var matchEffect2 = /* @__PURE__ */ dual(2, (self2, options) => matchCauseEffect(self2, {
  onSuccess: options.onSuccess,
  onFailure: (cause) => {
    const halt = filterDone(cause);
    return !isFailure2(halt) ? options.onDone(halt.success.value) : options.onFailure(halt.failure);
  }
}));

// node_modules/effect/dist/Schedule.js
var TypeId7 = "~effect/Schedule";
var CurrentMetadata = /* @__PURE__ */ Reference("effect/Schedule/CurrentMetadata", {
  defaultValue: /* @__PURE__ */ constant({
    input: void 0,
    output: void 0,
    duration: zero,
    attempt: 0,
    start: 0,
    now: 0,
    elapsed: 0,
    elapsedSincePrevious: 0
  })
});
var ScheduleProto = {
  [TypeId7]: {
    _Out: identity,
    _In: identity,
    _Env: identity
  },
  pipe() {
    return pipeArguments(this, arguments);
  }
};
var isSchedule = (u) => hasProperty(u, TypeId7);
var fromStep = (step) => {
  const self2 = Object.create(ScheduleProto);
  self2.step = step;
  return self2;
};
var metadataFn = () => {
  let n = 0;
  let previous;
  let start;
  return (now, input) => {
    if (start === void 0) start = now;
    const elapsed = now - start;
    const elapsedSincePrevious = previous === void 0 ? 0 : now - previous;
    previous = now;
    return {
      input,
      attempt: ++n,
      start,
      now,
      elapsed,
      elapsedSincePrevious
    };
  };
};
var fromStepWithMetadata = (step) => fromStep(map(step, (f) => {
  const meta = metadataFn();
  return (now, input) => f(meta(now, input));
}));
var toStep = (schedule2) => catchCause(schedule2.step, (cause) => succeed3(() => failCause(cause)));
var toStepWithMetadata = (schedule2) => clockWith((clock) => map(toStep(schedule2), (step) => {
  const metaFn = metadataFn();
  return (input) => suspend(() => {
    const now = clock.currentTimeMillisUnsafe();
    return flatMap(step(now, input), ([output, duration]) => {
      const meta = metaFn(now, input);
      meta.output = output;
      meta.duration = duration;
      return as(sleep(duration), meta);
    });
  });
}));
var passthrough = (self2) => fromStep(map(toStep(self2), (step) => (now, input) => matchEffect2(step(now, input), {
  onSuccess: (result3) => succeed3([input, result3[1]]),
  onFailure: failCause,
  onDone: () => done2(input)
})));
var recurs = (times2) => while_(forever2, ({
  attempt
}) => succeed3(attempt <= times2));
var spaced = (duration) => {
  const decoded = fromInputUnsafe(duration);
  return fromStepWithMetadata(succeed3((meta) => succeed3([meta.attempt - 1, decoded])));
};
var while_ = /* @__PURE__ */ dual(2, (self2, predicate) => fromStep(map(toStep(self2), (step) => {
  const meta = metadataFn();
  return (now, input) => flatMap(step(now, input), (result3) => {
    const [output, duration] = result3;
    const eff = predicate({
      ...meta(now, input),
      output,
      duration
    });
    return flatMap(isEffect(eff) ? eff : succeed3(eff), (check2) => check2 ? succeed3(result3) : done2(output));
  });
})));
var forever2 = /* @__PURE__ */ spaced(zero);

// node_modules/effect/dist/ExecutionPlan.js
var TypeId8 = "~effect/ExecutionPlan";
var Proto2 = {
  [TypeId8]: TypeId8,
  get captureRequirements() {
    const self2 = this;
    return contextWith((context3) => succeed3(makeProto(self2.steps.map((step) => ({
      ...step,
      while: step.while ? (input) => provideContext(step.while(input), context3) : void 0,
      schedule: step.schedule ? fromStep(provideContext(map(toStep(step.schedule), (next) => (now, input) => provideContext(next(now, input), context3)), context3)) : void 0,
      provide: isLayer(step.provide) ? provide2(step.provide, succeedContext(context3)) : step.provide
    })))));
  },
  pipe() {
    return pipeArguments(this, arguments);
  }
};
var makeProto = (steps) => {
  const self2 = Object.create(Proto2);
  self2.steps = steps;
  return self2;
};
var CurrentMetadata2 = /* @__PURE__ */ Reference("effect/ExecutionPlan/CurrentMetadata", {
  defaultValue: /* @__PURE__ */ constant({
    attempt: 0,
    stepIndex: 0
  })
});

// node_modules/effect/dist/internal/layer.js
var provideLayer = (self2, layer, options) => scopedWith((scope3) => flatMap(options?.local ? buildWithMemoMap(layer, makeMemoMapUnsafe(), scope3) : buildWithScope(layer, scope3), (context3) => provideContext(self2, context3)));
var provide3 = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (self2, source, options) => isContext(source) ? provideContext(self2, source) : provideLayer(self2, Array.isArray(source) ? mergeAll2(...source) : source, options));

// node_modules/effect/dist/internal/schedule.js
var repeatOrElse = /* @__PURE__ */ dual(3, (self2, schedule2, orElse) => flatMap(toStepWithMetadata(schedule2), (step) => {
  let meta = CurrentMetadata.defaultValue();
  const loop = (input) => matchEffect2(step(input), {
    onSuccess(meta_) {
      meta = meta_;
      return flatMap(provideService(self2, CurrentMetadata, meta), loop);
    },
    onFailure: failCause,
    onDone: succeed3
  });
  return catchCauseFilter(flatMap(provideService(self2, CurrentMetadata, meta), loop), findRecoverableError, (error) => orElse(error, meta.attempt === 0 ? none2() : some2(meta)));
}));
var retryOrElse = /* @__PURE__ */ dual(3, (self2, policy, orElse) => flatMap(toStepWithMetadata(policy), (step) => {
  let meta = CurrentMetadata.defaultValue();
  let lastError;
  const loop = catchCauseFilter(suspend(() => provideService(self2, CurrentMetadata, meta)), findRecoverableError, (error) => {
    lastError = error;
    return flatMap(step(error), (meta_) => {
      meta = meta_;
      return loop;
    });
  });
  return catchDone(loop, (out) => internalCall(() => orElse(lastError, out)));
}));
var repeat = /* @__PURE__ */ dual(2, (self2, options) => {
  const schedule2 = typeof options === "function" ? options(identity) : isSchedule(options) ? options : buildFromOptions(options);
  return repeatOrElse(self2, schedule2, fail3);
});
var retry = /* @__PURE__ */ dual(2, (self2, options) => {
  const schedule2 = typeof options === "function" ? options(identity) : isSchedule(options) ? options : buildFromOptions(options);
  return retryOrElse(self2, schedule2, fail3);
});
var scheduleFrom = /* @__PURE__ */ dual(3, (self2, initial, schedule2) => flatMap(toStepWithMetadata(schedule2), (step) => {
  const loop = (input) => matchEffect2(step(input), {
    onSuccess: (meta) => flatMap(provideService(self2, CurrentMetadata, meta), loop),
    onFailure: failCause,
    onDone: succeed3
  });
  return loop(initial);
}));
var passthroughForever = /* @__PURE__ */ passthrough(forever2);
var buildFromOptions = (options) => {
  let schedule2 = options.schedule ? passthrough(options.schedule) : passthroughForever;
  if (options.while) {
    schedule2 = while_(schedule2, ({
      input
    }) => {
      const applied = options.while(input);
      return isEffect(applied) ? applied : succeed3(applied);
    });
  }
  if (options.until) {
    schedule2 = while_(schedule2, ({
      input
    }) => {
      const applied = options.until(input);
      return isEffect(applied) ? map(applied, (b) => !b) : succeed3(!applied);
    });
  }
  if (options.times !== void 0) {
    schedule2 = while_(schedule2, ({
      attempt
    }) => succeed3(attempt <= options.times));
  }
  return schedule2;
};

// node_modules/effect/dist/internal/executionPlan.js
var makeEventEmitter = (onEvent, currentMetadata) => {
  let lastStepIndex = -1;
  let stepAttempt = 0;
  const emit2 = (event) => ignoreCause(onEvent(event));
  return {
    begin: clockWith((clock) => suspend(() => {
      const meta = currentMetadata();
      if (meta.stepIndex !== lastStepIndex) {
        lastStepIndex = meta.stepIndex;
        stepAttempt = 0;
      }
      stepAttempt++;
      const state = {
        attempt: meta.attempt,
        stepAttempt,
        stepIndex: meta.stepIndex,
        startNanos: clock.monotonicTimeNanosUnsafe()
      };
      return as(emit2({
        _tag: "AttemptStart",
        attempt: state.attempt,
        stepAttempt: state.stepAttempt,
        stepIndex: state.stepIndex
      }), state);
    })),
    end: (state, exit3) => clockWith((clock) => {
      const duration = nanos(clock.monotonicTimeNanosUnsafe() - state.startNanos);
      return emit2(exit3._tag === "Success" ? {
        _tag: "AttemptSuccess",
        attempt: state.attempt,
        stepAttempt: state.stepAttempt,
        stepIndex: state.stepIndex,
        duration
      } : {
        _tag: "AttemptFailure",
        attempt: state.attempt,
        stepAttempt: state.stepAttempt,
        stepIndex: state.stepIndex,
        duration,
        cause: exit3.cause
      });
    })
  };
};
var withExecutionPlan = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (self2, plan, options) => suspend(() => {
  let i = 0;
  let meta = {
    attempt: 0,
    stepIndex: 0
  };
  const provideMeta = provideServiceEffect(CurrentMetadata2, sync(() => {
    meta = {
      attempt: meta.attempt + 1,
      stepIndex: i
    };
    return meta;
  }));
  const emitter = options?.onEvent === void 0 ? void 0 : makeEventEmitter(options.onEvent, () => meta);
  const instrument = emitter === void 0 ? identity : (attempt) => uninterruptibleMask((restore) => flatMap(emitter.begin, (state) => onExit(restore(attempt), (exit3) => emitter.end(state, exit3))));
  let result3;
  return flatMap(whileLoop({
    while: () => i < plan.steps.length && (result3 === void 0 || isFailure2(result3)),
    body() {
      const step = plan.steps[i];
      let nextEffect = provideMeta(instrument(provide3(self2, step.provide)));
      if (result3) {
        let attempted = false;
        const wrapped = nextEffect;
        nextEffect = suspend(() => {
          if (attempted) return wrapped;
          attempted = true;
          return fromResult(result3);
        });
        nextEffect = retry(nextEffect, scheduleFromStep(step, false));
      } else {
        const schedule2 = scheduleFromStep(step, true);
        nextEffect = schedule2 ? retry(nextEffect, schedule2) : nextEffect;
      }
      return result(nextEffect);
    },
    step(result_) {
      result3 = result_;
      i++;
    }
  }), () => fromResult(result3));
}));
var scheduleFromStep = (step, first) => {
  if (!first) {
    return buildFromOptions({
      schedule: step.schedule ? step.schedule : step.attempts ? void 0 : scheduleOnce,
      times: step.attempts,
      while: step.while
    });
  } else if (step.attempts === 1 || !(step.schedule || step.attempts)) {
    return void 0;
  }
  return buildFromOptions({
    schedule: step.schedule,
    while: step.while,
    times: step.attempts ? step.attempts - 1 : void 0
  });
};
var scheduleOnce = /* @__PURE__ */ recurs(1);

// node_modules/effect/dist/MutableHashMap.js
var TypeId9 = "~effect/MutableHashMap";
var MutableHashMapProto = {
  [TypeId9]: TypeId9,
  [Symbol.iterator]() {
    return this.backing[Symbol.iterator]();
  },
  toString() {
    return `MutableHashMap(${format(Array.from(this))})`;
  },
  toJSON() {
    return {
      _id: "MutableHashMap",
      values: toJson(Array.from(this))
    };
  },
  [NodeInspectSymbol]() {
    return this.toJSON();
  },
  pipe() {
    return pipeArguments(this, arguments);
  }
};
var empty3 = () => {
  const self2 = Object.create(MutableHashMapProto);
  self2.backing = /* @__PURE__ */ new Map();
  self2.buckets = /* @__PURE__ */ new Map();
  return self2;
};
var get2 = /* @__PURE__ */ dual(2, (self2, key) => {
  if (self2.backing.has(key)) {
    return some2(self2.backing.get(key));
  } else if (isSimpleKey(key)) {
    return none2();
  }
  const hash2 = hash(key);
  const bucket = self2.buckets.get(hash2);
  if (bucket === void 0) {
    return none2();
  }
  return getFromBucket(self2, bucket, key);
});
var isSimpleKey = (u) => typeof u !== "object" && typeof u !== "function";
var getFromBucket = (self2, bucket, key) => {
  for (let i = 0, len = bucket.length; i < len; i++) {
    if (equals(key, bucket[i])) {
      const refKey = bucket[i];
      return some2(self2.backing.get(refKey));
    }
  }
  return none2();
};
var has = /* @__PURE__ */ dual(2, (self2, key) => isSome2(get2(self2, key)));
var set = /* @__PURE__ */ dual(3, (self2, key, value) => {
  if (self2.backing.has(key) || isSimpleKey(key)) {
    self2.backing.set(key, value);
    return self2;
  }
  const hash2 = hash(key);
  const bucket = self2.buckets.get(hash2);
  if (bucket === void 0) {
    self2.buckets.set(hash2, [key]);
    self2.backing.set(key, value);
    return self2;
  }
  let refKey = getRefKey(bucket, key);
  if (refKey === void 0) {
    bucket.push(key);
    refKey = key;
  }
  self2.backing.set(refKey, value);
  return self2;
});
var getRefKey = (bucket, key) => {
  for (let i = 0, len = bucket.length; i < len; i++) {
    if (equals(key, bucket[i])) {
      return bucket[i];
    }
  }
};
var remove = /* @__PURE__ */ dual(2, (self2, key_) => {
  if (isSimpleKey(key_)) {
    self2.backing.delete(key_);
    return self2;
  }
  const hash2 = hash(key_);
  const bucket = self2.buckets.get(hash2);
  if (bucket === void 0) {
    return self2;
  }
  for (let i = 0, len = bucket.length; i < len; i++) {
    const bkey = bucket[i];
    if (bkey === key_ || equals(key_, bkey)) {
      self2.backing.delete(bkey);
      bucket.splice(i, 1);
      break;
    }
  }
  if (bucket.length === 0) {
    self2.buckets.delete(hash2);
  }
  return self2;
});

// node_modules/effect/dist/Request.js
var TypeId10 = "~effect/Request";
var requestVariance = /* @__PURE__ */ byReferenceUnsafe({
  /* c8 ignore next */
  _E: (_) => _,
  /* c8 ignore next */
  _A: (_) => _,
  /* c8 ignore next */
  _R: (_) => _
});
var RequestPrototype = {
  ...StructuralProto,
  [TypeId10]: requestVariance
};
var makeEntry = (options) => options;

// node_modules/effect/dist/internal/request.js
var request = /* @__PURE__ */ dual(2, (self2, resolver) => {
  const withResolver = (resolver2) => callback((resume) => {
    const entry = addEntry(resolver2, self2, resume, getCurrentFiber());
    return maybeRemoveEntry(resolver2, entry);
  });
  return isEffect(resolver) ? flatMap(resolver, withResolver) : withResolver(resolver);
});
var requestUnsafe = (self2, options) => {
  const entry = addEntry(options.resolver, self2, options.onExit, {
    context: options.context,
    cache: {
      scheduler: get(options.context, Scheduler)
    }
  });
  return () => removeEntryUnsafe(options.resolver, entry);
};
var equalBatchKeys = /* @__PURE__ */ new WeakSet();
var makeBatchMap = (resolver) => {
  if (!equalBatchKeys.has(resolver.batchKey)) return /* @__PURE__ */ new Map();
  const map3 = empty3();
  return {
    get: (key) => getOrUndefined(get2(map3, key)),
    has: (key) => has(map3, key),
    set: (key, batch) => set(map3, key, batch),
    delete: (key) => remove(map3, key)
  };
};
var batchPool = [];
var pendingBatches = /* @__PURE__ */ new WeakMap();
var addEntry = (resolver, request3, resume, fiber3) => {
  let batchMap = pendingBatches.get(resolver);
  if (!batchMap) {
    batchMap = makeBatchMap(resolver);
    pendingBatches.set(resolver, batchMap);
  }
  let batch;
  let completed = false;
  const entry = makeEntry({
    request: request3,
    context: fiber3.context,
    uninterruptible: false,
    completeUnsafe(effect) {
      if (completed) return;
      completed = true;
      if (batch && !batch.entrySet.delete(entry)) return;
      resume(effect);
    }
  });
  if (resolver.preCheck !== void 0 && !resolver.preCheck(entry)) {
    return entry;
  }
  const key = resolver.batchKey(entry);
  batch = batchMap.get(key);
  const isNewBatch = batch === void 0;
  if (!batch) {
    if (batchPool.length > 0) {
      batch = batchPool.pop();
      batch.key = key;
      batch.context = fiber3.context;
      batch.resolver = resolver;
      batch.map = batchMap;
    } else {
      const newBatch = {
        key,
        context: fiber3.context,
        resolver,
        map: batchMap,
        entrySet: /* @__PURE__ */ new Set(),
        entries: /* @__PURE__ */ new Set(),
        delayEffect: flatMap(withFiber((delayFiber) => {
          newBatch.fiber = delayFiber;
          return newBatch.resolver.delay;
        }), (_) => runBatch(newBatch)),
        run: onExit(suspend(() => newBatch.resolver.runAll(Array.from(newBatch.entries), newBatch.key)), (exit3) => {
          for (const entry2 of newBatch.entrySet) {
            entry2.completeUnsafe(exit3._tag === "Success" ? exitDie(new Error("Effect.request: RequestResolver did not complete request", {
              cause: entry2.request
            })) : exit3);
          }
          newBatch.entries.clear();
          if (batchPool.length < 128) {
            newBatch.entrySet.clear();
            newBatch.key = void 0;
            newBatch.context = void 0;
            newBatch.fiber = void 0;
            newBatch.resolver = void 0;
            newBatch.map = void 0;
            batchPool.push(newBatch);
          }
          return void_;
        })
      };
      batch = newBatch;
    }
    batchMap.set(key, batch);
  }
  batch.entrySet.add(entry);
  batch.entries.add(entry);
  if (isNewBatch) {
    const delayFiber = runForkWith(fiber3.context)(batch.delayEffect, {
      scheduler: fiber3.cache.scheduler
    });
    if (completed || batchMap.get(key) !== batch) return entry;
    batch.fiber = delayFiber;
  }
  if (batch.resolver.collectWhile(batch.entries)) return entry;
  batch.fiber.interruptUnsafe(fiber3.id);
  runForkWith(batch.context)(runBatch(batch), {
    scheduler: get(batch.context, Scheduler)
  });
  return entry;
};
var removeEntryUnsafe = (resolver, entry) => {
  if (entry.uninterruptible) return;
  const batchMap = pendingBatches.get(resolver);
  if (!batchMap) return;
  const key = resolver.batchKey(entry);
  const batch = batchMap.get(key);
  if (!batch) return;
  if (!batch.entries.delete(entry)) return;
  batch.entrySet.delete(entry);
  let fiber3;
  if (batch.entries.size === 0) {
    batchMap.delete(key);
    fiber3 = batch.fiber;
  }
  entry.completeUnsafe(exitInterrupt());
  fiber3?.interruptUnsafe();
};
var maybeRemoveEntry = (resolver, entry) => sync(() => removeEntryUnsafe(resolver, entry));
function runBatch(batch) {
  if (!batch.map.has(batch.key)) return void_;
  batch.map.delete(batch.key);
  return batch.run;
}

// node_modules/effect/dist/Metric.js
var CurrentMetricAttributesKey = "effect/Metric/CurrentMetricAttributes";
var CurrentMetricAttributes = /* @__PURE__ */ Reference(CurrentMetricAttributesKey, {
  defaultValue: () => ({})
});
var MetricRegistryKey = "effect/Metric/MetricRegistry";
var MetricRegistry = /* @__PURE__ */ Reference(MetricRegistryKey, {
  defaultValue: () => /* @__PURE__ */ new Map()
});
var TypeId11 = "~effect/Metric";
var Metric$ = class {
  [TypeId11] = TypeId11;
  #extraAttributes;
  #mergedAttributes;
  #key = "";
  id;
  description;
  attributes;
  constructor(id, description, attributes) {
    this.id = id;
    this.description = description;
    this.attributes = attributes;
  }
  valueUnsafe(context3) {
    return this.hook(context3).get(context3);
  }
  modifyUnsafe(input, context3) {
    return this.hook(context3).modify(input, context3);
  }
  updateUnsafe(input, context3) {
    return this.hook(context3).update(input, context3);
  }
  hook(context3) {
    const key = this.key(context3);
    const registry = get(context3, MetricRegistry);
    let metadata = registry.get(key);
    if (isUndefined(metadata)) {
      metadata = this.metadata(this.createHooks());
      registry.set(key, metadata);
    }
    return metadata.hooks;
  }
  removeUnsafe(context3) {
    get(context3, MetricRegistry).delete(this.key(context3));
  }
  registerUnsafe(context3, hooks) {
    const key = this.key(context3);
    const registry = get(context3, MetricRegistry);
    const metadata = this.metadata({
      get: hooks.get,
      update: constVoid,
      modify: constVoid
    });
    registry.set(key, metadata);
    return {
      remove() {
        if (registry.get(key) === metadata) {
          registry.delete(key);
        }
      }
    };
  }
  // Merges the attributes once per contextual attribute set, so series key and
  // metadata share the result.
  key(context3) {
    const extraAttributes = get(context3, CurrentMetricAttributes);
    if (extraAttributes !== this.#extraAttributes) {
      this.#extraAttributes = extraAttributes;
      const merged = mergeAttributes(this.attributes, extraAttributes);
      this.#mergedAttributes = Object.keys(extraAttributes).length > 0 ? merged : this.attributes;
      this.#key = makeKey(this, merged);
    }
    return this.#key;
  }
  // Must follow `key(context)`, which computes the merged attributes.
  metadata(hooks) {
    return {
      id: this.id,
      type: this.type,
      description: this.description,
      attributes: this.#mergedAttributes,
      hooks
    };
  }
  pipe() {
    return pipeArguments(this, arguments);
  }
};
var update = /* @__PURE__ */ dual(2, (self2, input) => contextWith((services) => sync(() => self2.updateUnsafe(input, services))));
function makeKey(metric, attributes) {
  const entries = Object.entries(attributes).sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  return JSON.stringify([metric.type, metric.id, metric.description, entries]);
}
function mergeAttributes(self2, other) {
  return {
    ...attributesToRecord(self2),
    ...attributesToRecord(other)
  };
}
function attributesToRecord(attributes) {
  if (isNotUndefined(attributes) && Array.isArray(attributes)) {
    return attributes.reduce((acc, [key, value]) => {
      assignProperty(acc, key, value);
      return acc;
    }, {});
  }
  return attributes;
}

// node_modules/effect/dist/Effect.js
var TypeId12 = EffectTypeId;
var isEffect2 = isEffect;
var all2 = all;
var partition3 = partition2;
var reduce2 = reduce;
var validate2 = validate;
var findFirst2 = findFirst;
var findFirstFilter2 = findFirstFilter;
var forEach2 = forEach;
var head2 = head;
var whileLoop2 = whileLoop;
var promise2 = promise;
var tryPromise2 = tryPromise;
var succeed5 = succeed3;
var succeedNone2 = succeedNone;
var succeedSome2 = succeedSome;
var suspend2 = suspend;
var sync3 = sync;
var void_2 = void_;
var undefined_2 = undefined_;
var callback2 = callback;
var never2 = never;
var Do2 = Do;
var bindTo3 = bindTo2;
var let_3 = let_2;
var bind3 = bind2;
var gen2 = gen;
var fail5 = fail3;
var failSync3 = failSync;
var failCause3 = failCause;
var failCauseSync3 = failCauseSync;
var die3 = die;
var try_2 = try_;
var yieldNow2 = yieldNow;
var yieldNowWith2 = yieldNowWith;
var withFiber2 = withFiber;
var withFiberSucceed2 = withFiberSucceed;
var fromResult2 = fromResult;
var fromOption3 = fromOption2;
var transposeOption2 = transposeOption;
var fromNullishOr2 = fromNullishOr;
var flatMap2 = flatMap;
var flatten5 = flatten4;
var andThen2 = andThen;
var tap2 = tap;
var result2 = result;
var option2 = option;
var exit2 = exit;
var map2 = map;
var as2 = as;
var asSome2 = asSome;
var asVoid2 = asVoid;
var flip2 = flip;
var zip2 = zip;
var zipWith2 = zipWith;
var catch_2 = catch_;
var catchTag2 = catchTag;
var catchTags2 = catchTags;
var catchReason2 = catchReason;
var catchReasons2 = catchReasons;
var unwrapReason2 = unwrapReason;
var catchCause2 = catchCause;
var catchDefect2 = catchDefect;
var catchIf2 = catchIf;
var catchFilter2 = catchFilter;
var catchNoSuchElement2 = catchNoSuchElement;
var catchCauseIf2 = catchCauseIf;
var catchCauseFilter2 = catchCauseFilter;
var mapError2 = mapError;
var mapBoth2 = mapBoth;
var orDie2 = orDie;
var tapError2 = tapError;
var tapErrorTag2 = tapErrorTag;
var tapCause2 = tapCause;
var tapCauseIf2 = tapCauseIf;
var tapCauseFilter2 = tapCauseFilter;
var tapDefect2 = tapDefect;
var eventually2 = eventually;
var retry2 = retry;
var retryOrElse2 = retryOrElse;
var sandbox2 = sandbox;
var ignore2 = ignore;
var ignoreCause2 = ignoreCause;
var withExecutionPlan2 = withExecutionPlan;
var withErrorReporting2 = withErrorReporting;
var orElseSucceed2 = orElseSucceed;
var firstSuccessOf2 = firstSuccessOf;
var timeout2 = timeout;
var timeoutOption2 = timeoutOption;
var timeoutOrElse2 = timeoutOrElse;
var delay2 = delay;
var sleep2 = sleep;
var timed2 = timed;
var raceAll2 = raceAll;
var raceAllFirst2 = raceAllFirst;
var race2 = race;
var raceFirst2 = raceFirst;
var filter3 = filter2;
var filterMap2 = filterMap;
var filterMapEffect2 = filterMapEffect;
var filterOrElse2 = filterOrElse;
var filterMapOrElse2 = filterMapOrElse;
var filterOrFail2 = filterOrFail;
var filterMapOrFail2 = filterMapOrFail;
var when2 = when;
var match4 = match3;
var matchEager2 = matchEager;
var matchCause2 = matchCause;
var matchCauseEager2 = matchCauseEager;
var matchCauseEffectEager2 = matchCauseEffectEager;
var matchCauseEffect2 = matchCauseEffect;
var matchEffect3 = matchEffect;
var isFailure4 = isFailure3;
var isSuccess5 = isSuccess3;
var context2 = context;
var contextWith2 = contextWith;
var provide4 = provide3;
var provideContext2 = provideContext;
var setContext2 = setContext;
var service2 = service;
var serviceOption2 = serviceOption;
var updateContext2 = updateContext;
var updateService2 = updateService;
var updateServiceScoped2 = updateServiceScoped;
var provideService2 = provideService;
var provideServiceEffect2 = provideServiceEffect;
var scope2 = scope;
var scoped2 = scoped;
var scopedWith2 = scopedWith;
var acquireRelease2 = acquireRelease;
var acquireDisposable2 = acquireDisposable;
var acquireUseRelease2 = acquireUseRelease;
var addFinalizer2 = addFinalizer;
var ensuring2 = ensuring;
var onError2 = onError;
var onErrorIf2 = onErrorIf;
var onErrorFilter2 = onErrorFilter;
var onExitPrimitive2 = onExitPrimitive;
var onExit2 = onExit;
var onExitIf2 = onExitIf;
var onExitFilter2 = onExitFilter;
var cached2 = cached;
var cachedWithTTL2 = cachedWithTTL;
var cachedInvalidateWithTTL2 = cachedInvalidateWithTTL;
var interrupt3 = interrupt;
var interruptible2 = interruptible;
var onInterrupt2 = onInterrupt;
var uninterruptible2 = uninterruptible;
var uninterruptibleMask2 = uninterruptibleMask;
var interruptibleMask2 = interruptibleMask;
var abortSignal2 = abortSignal;
var forever3 = forever;
var repeat2 = repeat;
var repeatOrElse2 = repeatOrElse;
var replicate2 = replicate;
var replicateEffect2 = replicateEffect;
var schedule = /* @__PURE__ */ dual(2, (self2, schedule2) => scheduleFrom2(self2, void 0, schedule2));
var scheduleFrom2 = scheduleFrom;
var tracer2 = tracer;
var withTracer2 = withTracer;
var withTracerEnabled2 = withTracerEnabled;
var withTracerTiming2 = withTracerTiming;
var annotateSpans2 = annotateSpans;
var annotateCurrentSpan2 = annotateCurrentSpan;
var currentSpan2 = currentSpan;
var currentParentSpan2 = currentParentSpan;
var spanAnnotations2 = spanAnnotations;
var spanLinks2 = spanLinks;
var linkSpans2 = linkSpans;
var makeSpan2 = makeSpan;
var makeSpanScoped2 = makeSpanScoped;
var useSpan2 = useSpan;
var withSpan2 = withSpan;
var withSpanScoped2 = withSpanScoped;
var withParentSpan2 = withParentSpan;
var request2 = request;
var requestUnsafe2 = requestUnsafe;
var forkChild2 = forkChild;
var forkIn2 = forkIn;
var forkScoped2 = forkScoped;
var forkDetach2 = forkDetach;
var awaitAllChildren2 = awaitAllChildren;
var fiber2 = fiber;
var fiberId2 = fiberId;
var runFork2 = runFork;
var runForkWith2 = runForkWith;
var runCallbackWith2 = runCallbackWith;
var runCallback2 = runCallback;
var runPromise2 = runPromise;
var runPromiseWith2 = runPromiseWith;
var runPromiseExit2 = runPromiseExit;
var runPromiseExitWith2 = runPromiseExitWith;
var runSync2 = runSync;
var runSyncWith2 = runSyncWith;
var runSyncExit2 = runSyncExit;
var runSyncExitWith2 = runSyncExitWith;
var fnUntraced2 = fnUntraced;
var fn2 = fn;
var clockWith3 = clockWith;
var logWithLevel2 = logWithLevel;
var log2 = /* @__PURE__ */ logWithLevel();
var logFatal = /* @__PURE__ */ logWithLevel("Fatal");
var logWarning = /* @__PURE__ */ logWithLevel("Warn");
var logError = /* @__PURE__ */ logWithLevel("Error");
var logInfo = /* @__PURE__ */ logWithLevel("Info");
var logDebug = /* @__PURE__ */ logWithLevel("Debug");
var logTrace = /* @__PURE__ */ logWithLevel("Trace");
var withLogger = /* @__PURE__ */ dual(2, (effect, logger) => updateService(effect, CurrentLoggers, (loggers) => /* @__PURE__ */ new Set([...loggers, logger])));
var annotateLogs = /* @__PURE__ */ dual((args2) => isEffect2(args2[0]), (effect, ...args2) => updateService(effect, CurrentLogAnnotations2, (annotations) => {
  const newAnnotations = args2.length === 1 ? {
    ...annotations,
    ...args2[0]
  } : {
    ...annotations
  };
  if (args2.length === 1) {
    return newAnnotations;
  } else {
    assignProperty(newAnnotations, args2[0], args2[1]);
  }
  return newAnnotations;
}));
var annotateLogsScoped2 = annotateLogsScoped;
var withLogSpan = /* @__PURE__ */ dual(2, (effect, label) => flatMap(currentTimeMillis, (now) => updateService(effect, CurrentLogSpans2, (spans) => {
  const span = [label, now];
  return [span, ...spans];
})));
var track = /* @__PURE__ */ dual((args2) => isEffect2(args2[0]), (self2, metric, f) => onExit2(self2, (exit3) => {
  const input = f === void 0 ? exit3 : f(exit3);
  return update(metric, input);
}));
var trackSuccesses = /* @__PURE__ */ dual((args2) => isEffect2(args2[0]), (self2, metric, f) => tap2(self2, (value) => {
  const input = f === void 0 ? value : f(value);
  return update(metric, input);
}));
var trackErrors = /* @__PURE__ */ dual((args2) => isEffect2(args2[0]), (self2, metric, f) => tapError2(self2, (error) => {
  const input = f === void 0 ? error : f(error);
  return update(metric, input);
}));
var trackDefects = /* @__PURE__ */ dual((args2) => isEffect2(args2[0]), (self2, metric, f) => tapDefect2(self2, (defect) => {
  const input = f === void 0 ? defect : f(defect);
  return update(metric, input);
}));
var trackDuration = /* @__PURE__ */ dual((args2) => isEffect2(args2[0]), (self2, metric, f) => clockWith3((clock) => {
  const startTime = clock.monotonicTimeNanosUnsafe();
  return onExit2(self2, () => {
    const endTime = clock.monotonicTimeNanosUnsafe();
    const duration = subtract(fromInputUnsafe(endTime), fromInputUnsafe(startTime));
    const input = f === void 0 ? duration : f(duration);
    return update(metric, input);
  });
}));
var Transaction = class extends (/* @__PURE__ */ Service()("effect/Effect/Transaction")) {
};
var tx = (effect) => withFiber2((fiber3) => {
  const state = getOrUndefined2(fiber3.context, Transaction);
  if (state && !completedTransactions.has(state)) {
    return effect;
  }
  const clock = fiber3.getRef(ClockRef);
  const now = clock.currentTimeMillisUnsafe();
  const mutable = {
    journal: /* @__PURE__ */ new Map(),
    retry: false,
    attempt: 1,
    retryReason: void 0,
    start: now,
    now,
    elapsed: 0,
    elapsedSincePrevious: 0
  };
  let result3;
  return uninterruptibleMask2((restore) => {
    const run = restore(effect).pipe(provideService2(Transaction, mutable), tapCause2((cause) => {
      if (!mutable.retry) return void_2;
      if (!hasInterruptsOnly(cause)) return sync3(() => clearTransaction(mutable));
      return restore(awaitPendingTransaction(mutable));
    }), exit2);
    return flatMap2(whileLoop2({
      while: () => !result3,
      body: () => {
        if (mutable.attempt > 1) {
          stampTransaction(mutable, clock.currentTimeMillisUnsafe());
        }
        return run;
      },
      step(exit3) {
        if (mutable.retry || !isTransactionConsistent(mutable)) {
          mutable.attempt++;
          mutable.retryReason = mutable.retry ? "retry" : "conflict";
          return clearTransaction(mutable);
        }
        if (isSuccess4(exit3)) {
          commitTransaction(fiber3, mutable);
        }
        clearTransaction(mutable);
        completedTransactions.add(mutable);
        result3 = exit3;
      }
    }), () => result3);
  });
});
var completedTransactions = /* @__PURE__ */ new WeakSet();
var stampTransaction = (state, now) => {
  state.elapsedSincePrevious = now - state.now;
  state.now = now;
  state.elapsed = now - state.start;
};
var isTransactionConsistent = (state) => {
  for (const [ref, {
    version
  }] of state.journal) {
    if (ref.version !== version) {
      return false;
    }
  }
  return true;
};
var awaitPendingTransaction = (state) => callback2((resume) => {
  if (!isTransactionConsistent(state)) {
    return resume(void_2);
  }
  const key = {};
  const refs = Array.from(state.journal.keys());
  const clearPending = () => {
    for (const clear of refs) {
      clear.pending.delete(key);
    }
  };
  const onCall = () => {
    clearPending();
    resume(void_2);
  };
  for (const ref of refs) {
    ref.pending.set(key, onCall);
  }
  return sync3(clearPending);
});
function commitTransaction(fiber3, state) {
  for (const [ref, {
    value,
    written
  }] of state.journal) {
    if (!written) continue;
    if (!Object.is(value, ref.value)) {
      ref.version = ref.version + 1;
      ref.value = value;
    }
    for (const pending of ref.pending.values()) {
      fiber3.currentDispatcher.scheduleTask(pending, 0);
    }
    ref.pending.clear();
  }
}
function clearTransaction(state) {
  state.retry = false;
  state.journal.clear();
}
var txRetry = /* @__PURE__ */ flatMap2(Transaction, (state) => {
  const mutable = state;
  mutable.retry = true;
  return interrupt3;
});
var effectify = (fn3, onError3, onSyncError) => (...args2) => callback2((resume) => {
  let synchronous = true;
  let pending;
  try {
    fn3(...args2, (err, result3) => {
      const effect = err ? onError3 ? suspend2(() => fail5(onError3(err, args2))) : fail5(err) : succeed5(result3);
      if (synchronous) {
        pending ??= effect;
      } else {
        resume(effect);
      }
    });
  } catch (err) {
    pending = onSyncError ? fail5(onSyncError(err, args2)) : die3(err);
  }
  synchronous = false;
  if (pending) {
    resume(pending);
  }
});
var satisfiesSuccessType = () => (effect) => effect;
var satisfiesErrorType = () => (effect) => effect;
var satisfiesServicesType = () => (effect) => effect;
var mapEager2 = mapEager;
var mapErrorEager2 = mapErrorEager;
var mapBothEager2 = mapBothEager;
var flatMapEager2 = flatMapEager;
var catchEager2 = catchEager;
var fnUntracedEager2 = fnUntracedEager;

// machines/primary.ts
var SILENCE2 = "backup-silence";
var primaryMachine = setup({
  types: {
    context: {},
    events: {},
    emitted: {},
    input: {}
  },
  guards: {
    releasable: ({ context: context3, event }) => event.type === "release.request" && event.leaseHeld && event.epoch <= (context3.releaseOnSend ? context3.sent : context3.acked) && event.epoch > context3.released,
    lostLease: ({ event }) => event.type === "release.request" && !event.leaseHeld,
    granted: ({ event }) => event.type === "lease.result" && event.granted,
    isSilenceTimer: ({ event }) => event.type === "timer" && event.name === SILENCE2
  },
  actions: {
    // Arm the backup failure detector when the first outstanding checkpoint leaves.
    noteSent: enqueueActions(({ context: context3, event, enqueue }) => {
      if (event.type !== "checkpoint.sent") return;
      if (context3.sent <= context3.acked) enqueue.emit({ type: "timer.set", name: SILENCE2, afterUs: context3.detectionTimeoutUs });
      enqueue.assign({ sent: event.epoch });
    }),
    // Each acknowledgement re-arms the detector while checkpoints are still outstanding.
    noteAck: enqueueActions(({ context: context3, event, enqueue }) => {
      if (event.type !== "repl.ack" || event.epoch <= context3.acked) return;
      enqueue.assign({ acked: event.epoch });
      enqueue.emit({ type: "acked", epoch: event.epoch });
      if (event.epoch < context3.sent) enqueue.emit({ type: "timer.set", name: SILENCE2, afterUs: context3.detectionTimeoutUs });
      else enqueue.emit({ type: "timer.cancel", name: SILENCE2 });
    }),
    /** Any sign of life from the backup re-arms the detector while checkpoints are outstanding. */
    noteHeartbeat: enqueueActions(({ context: context3, enqueue }) => {
      if (context3.acked < context3.sent) enqueue.emit({ type: "timer.set", name: SILENCE2, afterUs: context3.detectionTimeoutUs });
    }),
    releaseProtected: enqueueActions(({ event, enqueue }) => {
      if (event.type !== "release.request") return;
      enqueue.assign({ released: event.epoch });
      enqueue.emit({ type: "release", epoch: event.epoch, mode: "protected" });
    })
  }
}).createMachine({
  id: "primary",
  context: ({ input }) => ({ ...input, epoch: 0, captured: -1, sent: -1, acked: -1, released: -1 }),
  initial: "alive",
  states: {
    alive: {
      type: "parallel",
      on: { crash: { target: "crashed" } },
      states: {
        guest: {
          initial: "running",
          states: {
            running: {
              on: { "checkpoint.pause": { target: "paused", actions: assign({ epoch: ({ event }) => event.epoch }) } }
            },
            paused: {
              on: {
                "checkpoint.captured": { actions: assign({ captured: ({ event }) => event.epoch }) },
                "checkpoint.resume": { target: "running" }
              }
            }
          }
        },
        protection: {
          initial: "syncing",
          on: {
            "checkpoint.sent": { actions: "noteSent" },
            "repl.heartbeat": { actions: "noteHeartbeat" }
          },
          states: {
            syncing: {
              on: {
                "repl.ack": { target: "protected", actions: "noteAck" },
                timer: { guard: "isSilenceTimer", target: "claiming" },
                "link.down": { target: "claiming" }
              }
            },
            protected: {
              on: {
                "repl.ack": { actions: "noteAck" },
                "release.request": [
                  { guard: "releasable", actions: "releaseProtected" },
                  { guard: "lostLease", target: "fenced" }
                ],
                timer: { guard: "isSilenceTimer", target: "claiming" },
                "link.down": { target: "claiming" }
              }
            },
            claiming: {
              entry: emit({ type: "lease.claim-exclusive" }),
              on: {
                "repl.ack": { actions: "noteAck" },
                "lease.result": [{ guard: "granted", target: "unprotected" }, { target: "fenced" }]
              }
            },
            unprotected: {
              entry: [emit({ type: "timer.cancel", name: SILENCE2 }), emit({ type: "go-unprotected" })]
            },
            fenced: {
              entry: emit({ type: "halt", reason: "activation record lost: the backup is active" })
            }
          }
        }
      }
    },
    crashed: { type: "final" }
  }
});

// src/epoch/services.ts
var CheckpointPolicy = class extends Context_exports.Service()("epochlab/CheckpointPolicy") {
};
var GuestControl = class extends Context_exports.Service()("epochlab/GuestControl") {
};
var SoftPages = class extends Context_exports.Service()("epochlab/SoftPages") {
};
var PageCompressor = class extends Context_exports.Service()("epochlab/PageCompressor") {
};
var OutputQueue = class extends Context_exports.Service()("epochlab/OutputQueue") {
};
var ReplicationLink = class extends Context_exports.Service()("epochlab/ReplicationLink") {
};
var PrimaryProtocol = class extends Context_exports.Service()("epochlab/PrimaryProtocol") {
};

// src/epoch/epoch-loop.ts
var epochLoop = Effect_exports.gen(function* () {
  const policy = yield* CheckpointPolicy;
  const guest = yield* GuestControl;
  const output = yield* OutputQueue;
  const softPages = yield* SoftPages;
  const compressor = yield* PageCompressor;
  const link = yield* ReplicationLink;
  const protocol = yield* PrimaryProtocol;
  yield* Effect_exports.forkChild(releaseInOrder(link, output));
  for (let epoch = 0; ; epoch++) {
    if (epoch > 0) yield* policy.awaitCheckpoint(epoch);
    yield* protocol.signal({ type: "checkpoint.pause", epoch });
    yield* guest.pause;
    const state = yield* guest.capture(epoch);
    yield* protocol.signal({ type: "checkpoint.captured", epoch, pages: state.pages.indices.length });
    const { packets, writes, clientAcked, owes } = yield* output.closeBarrier(epoch);
    const releasedThrough = yield* output.releasedThrough;
    yield* guest.resume;
    yield* protocol.signal({ type: "checkpoint.resume", epoch });
    const filtered = yield* softPages.filter(epoch, state.pages);
    const pages = yield* compressor.encode(epoch, filtered.pages, filtered.soft);
    const bytes = yield* link.send({ epoch, ...state, pages, soft: filtered.soft, output: packets, disk: writes, releasedThrough, ...clientAcked ? { clientAcked } : {}, ...owes ? { owes } : {} });
    yield* protocol.signal({ type: "checkpoint.sent", epoch, bytes });
  }
});
var releaseInOrder = (link, output) => Effect_exports.gen(function* () {
  for (let epoch = 1; ; epoch++) {
    yield* link.awaitAck(epoch);
    yield* Effect_exports.sleep(`${output.releaseLatencyUs} micros`);
    yield* output.requestRelease(epoch);
  }
});

// src/epoch/epoch-waiters.ts
var EpochWaiters = class {
  through = -1;
  waiting = /* @__PURE__ */ new Map();
  wait(epoch) {
    return Effect_exports.suspend(() => {
      if (epoch <= this.through) return Effect_exports.void;
      let d = this.waiting.get(epoch);
      if (!d) this.waiting.set(epoch, d = Deferred_exports.makeUnsafe());
      return Deferred_exports.await(d);
    });
  }
  advance(epoch) {
    if (epoch <= this.through) return;
    this.through = epoch;
    for (const [e, d] of this.waiting) {
      if (e <= epoch) {
        Deferred_exports.doneUnsafe(d, Effect_exports.void);
        this.waiting.delete(e);
      }
    }
  }
};

// src/epoch/fixed-policy.ts
var fixedEpochs = (epochUs) => ({
  awaitCheckpoint: () => Effect_exports.sleep(`${epochUs} micros`)
});

// src/epoch/soft-page-filter.ts
var SoftPageFilter = class {
  constructor(pages, trustHint = false) {
    this.pages = pages;
    this.trustHint = trustHint;
    this.told = new Uint8Array(pages);
  }
  pages;
  trustHint;
  hint;
  /** Pages captured since the hint arrived. */
  dirtiedSince;
  /** Pages the backup was told to drop and that no checkpoint has sent since: told once, not every checkpoint. */
  told;
  /** The guest's new hint: these pages are clean page cache now. */
  receiveHint(softPages) {
    this.hint = new Uint8Array(this.pages);
    for (const p of softPages) this.hint[p] = 1;
    this.dirtiedSince = new Uint8Array(this.pages);
  }
  filter(captured) {
    const hint = this.hint;
    const since = this.dirtiedSince;
    if (!hint || !since) return { pages: captured, soft: new Int32Array(0) };
    const keep2 = [];
    for (let i = 0; i < captured.indices.length; i++) {
      const p = captured.indices[i];
      if (this.trustHint && hint[p]) continue;
      keep2.push(i);
      since[p] = 1;
      this.told[p] = 0;
    }
    const soft = [];
    for (let p = 0; p < hint.length; p++)
      if (hint[p] && !since[p] && !this.told[p]) {
        soft.push(p);
        this.told[p] = 1;
      }
    if (keep2.length === captured.indices.length) return { pages: captured, soft: Int32Array.from(soft) };
    const data = new Uint8Array(keep2.length * PAGE_SIZE);
    const zero2 = captured.zero && Uint8Array.from(keep2, (i) => captured.zero[i]);
    keep2.forEach((i, j) => {
      if (!zero2?.[j]) data.set(captured.data.subarray(i * PAGE_SIZE, (i + 1) * PAGE_SIZE), j * PAGE_SIZE);
    });
    return { pages: { indices: Int32Array.from(keep2, (i) => captured.indices[i]), data, ...zero2 ? { zero: zero2 } : {} }, soft: Int32Array.from(soft) };
  }
};

// src/compress/bit-projection.ts
var KEY_BITS = 32;
var STRIPE = WORDS_PER_PAGE / KEY_BITS;
var positions = (() => {
  const word = new Int32Array(KEY_BITS);
  const bit = new Int32Array(KEY_BITS);
  for (let i = 0; i < KEY_BITS; i++) {
    const h = fmix(24301 + i);
    word[i] = i * STRIPE + h % STRIPE;
    bit[i] = h >>> 8 & 31;
  }
  return { word, bit };
})();
var projectionKey = (words, base) => {
  const { word, bit } = positions;
  let key = 0;
  for (let i = 0; i < KEY_BITS; i++) key |= (words[base + word[i]] >>> bit[i] & 1) << i;
  return key >>> 0;
};

// src/compress/encoded-pages.ts
var keep = (e) => e.owned ? e : { ...e, bytes: e.bytes.slice(), owned: true };
var emptyStats = () => ({ pages: 0, raw: 0, zero: 0, deltaSame: 0, deltaRef: 0, rawBytes: 0, wireBytes: 0 });

// src/compress/record-output.ts
var RecordOutput = class {
  buffer = new Uint8Array(0);
  offsets = new Int32Array(1);
  wire = new Int32Array(1);
  count = 0;
  at = 0;
  wireAt = 0;
  stats = emptyStats();
  owned = false;
  /**
   * `exactBytes`: the encoder knows the size (every page raw, some elided), so
   * write into a fresh buffer of that size the caller can keep.
   */
  begin(pages, exactBytes) {
    const need = maxEncodedBytes(pages) + REFERENCE_BYTES;
    this.owned = exactBytes !== void 0;
    if (exactBytes !== void 0) this.buffer = new Uint8Array(Buffer.allocUnsafeSlow(exactBytes).buffer, 0, exactBytes);
    else if (this.buffer.length < need) this.buffer = new Uint8Array(need);
    this.offsets = new Int32Array(pages + 1);
    this.wire = new Int32Array(pages + 1);
    this.count = 0;
    this.at = 0;
    this.wireAt = 0;
    this.stats = emptyStats();
  }
  /** The buffer to encode a delta payload into, at `payloadAt(kind)`. */
  get bytes() {
    return this.buffer;
  }
  payloadAt(kind) {
    return this.at + RECORD_HEADER_BYTES + (kind === PageKind.deltaRef ? REFERENCE_BYTES : 0);
  }
  raw(page, data, from) {
    writeRecordHeader(this.buffer, this.at, page, PageKind.raw, PAGE_SIZE);
    this.buffer.set(data.subarray(from, from + PAGE_SIZE), this.at + RECORD_HEADER_BYTES);
    this.stats.raw++;
    this.close(RECORD_HEADER_BYTES + PAGE_SIZE);
  }
  /** A raw page known to be all zeros: full size on the wire, only its header here (RecordFlag.elidedZeros). */
  rawZero(page) {
    writeRecordHeader(this.buffer, this.at, page, PageKind.raw, PAGE_SIZE, RecordFlag.elidedZeros);
    this.stats.raw++;
    this.close(RECORD_HEADER_BYTES, RECORD_HEADER_BYTES + PAGE_SIZE);
  }
  zero(page) {
    writeRecordHeader(this.buffer, this.at, page, PageKind.zero, 0);
    this.stats.zero++;
    this.close(RECORD_HEADER_BYTES);
  }
  /** A delta whose payload (`length` bytes) is already in place at `payloadAt(kind)`. */
  delta(page, kind, length, reference = -1) {
    writeRecordHeader(this.buffer, this.at, page, kind, length);
    if (kind === PageKind.deltaRef) {
      writeU32(this.buffer, this.at + RECORD_HEADER_BYTES, reference);
      this.stats.deltaRef++;
      this.close(RECORD_HEADER_BYTES + REFERENCE_BYTES + length);
    } else {
      this.stats.deltaSame++;
      this.close(RECORD_HEADER_BYTES + length);
    }
  }
  finish() {
    this.stats.pages = this.count;
    this.stats.rawBytes = this.count * PAGE_SIZE;
    this.stats.wireBytes = this.wireAt;
    return { bytes: this.buffer.subarray(0, this.at), offsets: this.offsets, wire: this.wire, stats: this.stats, owned: this.owned };
  }
  /** End the record: `length` bytes here, `wireLength` on the wire (more only when the payload is elided). */
  close(length, wireLength = length) {
    this.offsets[this.count] = this.at;
    this.wire[this.count++] = this.wireAt;
    this.at += length;
    this.wireAt += wireLength;
    this.offsets[this.count] = this.at;
    this.wire[this.count] = this.wireAt;
  }
};

// src/compress/reference-table.ts
var WAYS = 4;
var ReferenceTable = class {
  slots;
  mask;
  constructor(pages) {
    let buckets = 1;
    while (buckets < pages) buckets <<= 1;
    this.mask = buckets - 1;
    this.slots = new Int32Array(buckets * WAYS).fill(-1);
  }
  /** Put `page` first in its key's bucket (most recent first; the oldest falls out). */
  insert(key, page) {
    const b = (fmix(key) & this.mask) * WAYS;
    let i = 0;
    while (i < WAYS - 1 && this.slots[b + i] !== page) i++;
    for (; i > 0; i--) this.slots[b + i] = this.slots[b + i - 1];
    this.slots[b] = page;
  }
  /** The bucket's pages (-1 = empty) are `slots()[first .. first + WAYS)`. */
  bucket(key) {
    return (fmix(key) & this.mask) * WAYS;
  }
  get entries() {
    return this.slots;
  }
};

// src/compress/xbzrle-cache.ts
var XbzrleCache = class {
  constructor(pages, capacity) {
    this.capacity = capacity;
    this.data = new Uint8Array(capacity * PAGE_SIZE);
    this.words = pageWords(this.data);
    this.slotOf = new Int32Array(pages).fill(-1);
    this.pageIn = new Int32Array(capacity);
    this.prev = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
  }
  capacity;
  data;
  words;
  slotOf;
  pageIn;
  prev;
  next;
  head = -1;
  // most recently used
  tail = -1;
  used = 0;
  /** The slot holding `page`, touched as most recently used, or -1. */
  lookup(page) {
    const s = this.slotOf[page];
    if (s >= 0) this.touch(s);
    return s;
  }
  /** Store `page`'s new bytes (from `src` at byte `from`), evicting the least recently used page if needed. */
  store(page, src, from) {
    if (this.capacity === 0) return;
    let s = this.slotOf[page];
    if (s < 0) {
      if (this.used < this.capacity) s = this.used++;
      else {
        s = this.tail;
        this.slotOf[this.pageIn[s]] = -1;
        this.unlink(s);
      }
      this.slotOf[page] = s;
      this.pageIn[s] = page;
      this.pushFront(s);
    } else this.touch(s);
    this.data.set(src.subarray(from, from + PAGE_SIZE), s * PAGE_SIZE);
  }
  /** The backup no longer holds `page`'s last sent bytes: the cached copy becomes what it holds, zeros. */
  zero(page) {
    const s = this.slotOf[page];
    if (s >= 0) this.data.fill(0, s * PAGE_SIZE, (s + 1) * PAGE_SIZE);
  }
  touch(s) {
    if (this.head === s) return;
    this.unlink(s);
    this.pushFront(s);
  }
  unlink(s) {
    const p = this.prev[s];
    const n = this.next[s];
    if (p >= 0) this.next[p] = n;
    else this.head = n;
    if (n >= 0) this.prev[n] = p;
    else this.tail = p;
  }
  pushFront(s) {
    this.prev[s] = -1;
    this.next[s] = this.head;
    if (this.head >= 0) this.prev[this.head] = s;
    this.head = s;
    if (this.tail < 0) this.tail = s;
  }
};

// src/compress/encoders.ts
var RawEncoder = class {
  name = "none";
  out = new RecordOutput();
  encode(pages) {
    const n = pages.indices.length;
    const zero2 = pages.zero;
    let zeros = 0;
    if (zero2) for (let i = 0; i < n; i++) zeros += zero2[i];
    this.out.begin(n, n * RAW_RECORD_BYTES - zeros * PAGE_SIZE);
    for (let i = 0; i < n; i++) {
      if (zero2?.[i]) this.out.rawZero(pages.indices[i]);
      else this.out.raw(pages.indices[i], pages.data, i * PAGE_SIZE);
    }
    return this.out.finish();
  }
};
var ZeroPageEncoder = class {
  name = "zero";
  out = new RecordOutput();
  encode(captured) {
    const pages = fillKnownZeros(captured);
    const words = pageWords(pages.data).i32;
    this.out.begin(pages.indices.length);
    for (let i = 0; i < pages.indices.length; i++) {
      if (isZeroPage(words, i * WORDS_PER_PAGE)) this.out.zero(pages.indices[i]);
      else this.out.raw(pages.indices[i], pages.data, i * PAGE_SIZE);
    }
    return this.out.finish();
  }
};
var XbzrleEncoder = class {
  name = "xbzrle";
  out = new RecordOutput();
  cache;
  constructor(pages, cachePages) {
    this.cache = new XbzrleCache(pages, cachePages);
  }
  dropped(pages) {
    for (const p of pages) this.cache.zero(p);
  }
  encode(captured) {
    const pages = fillKnownZeros(captured);
    const words = pageWords(pages.data);
    const out = this.out;
    out.begin(pages.indices.length);
    for (let i = 0; i < pages.indices.length; i++) {
      const page = pages.indices[i];
      const word = i * WORDS_PER_PAGE;
      const slot = this.cache.lookup(page);
      if (isZeroPage(words.i32, word)) out.zero(page);
      else {
        const len = slot < 0 ? -1 : encodeXorDelta(words, word, this.cache.words, slot * WORDS_PER_PAGE, out.bytes, out.payloadAt(PageKind.deltaSame), PAGE_SIZE - 1);
        if (len >= 0) out.delta(page, PageKind.deltaSame, len);
        else out.raw(page, pages.data, i * PAGE_SIZE);
      }
      this.cache.store(page, pages.data, i * PAGE_SIZE);
    }
    return out.finish();
  }
};
var GOOD_ENOUGH_BYTES = 64;
var HOPELESS_BYTES = PAGE_SIZE - 256;
var SimilarityEncoder = class {
  constructor(pages, staleReferences = false) {
    this.staleReferences = staleReferences;
    this.mirror = pageWords(new Uint8Array(pages * PAGE_SIZE));
    this.table = new ReferenceTable(pages);
    this.captured = new Int32Array(staleReferences ? pages : 0).fill(-1);
  }
  staleReferences;
  name = "similarity";
  out = new RecordOutput();
  mirror;
  table;
  scratch = new Uint8Array(PAGE_SIZE);
  /** Bug mode only: where each page of the current checkpoint sits in the captured data (-1: not in it). */
  captured;
  /** The mirror follows the backup: a dropped page is zeros there (its table entries fail their key check from now on). */
  dropped(pages) {
    for (const p of pages) this.mirror.i32.fill(0, p * WORDS_PER_PAGE, (p + 1) * WORDS_PER_PAGE);
  }
  encode(captured) {
    const pages = fillKnownZeros(captured);
    const words = pageWords(pages.data);
    const n = pages.indices.length;
    const out = this.out;
    out.begin(n);
    if (this.staleReferences) this.indexAhead(pages.indices, words);
    for (let i = 0; i < n; i++) {
      const page = pages.indices[i];
      const word = i * WORDS_PER_PAGE;
      if (isZeroPage(words.i32, word)) out.zero(page);
      else this.encodePage(page, words, word, pages.data);
      this.mirror.i32.set(words.i32.subarray(word, word + WORDS_PER_PAGE), page * WORDS_PER_PAGE);
      this.table.insert(projectionKey(words.i32, word), page);
    }
    if (this.staleReferences) for (let i = 0; i < n; i++) this.captured[pages.indices[i]] = -1;
    return out.finish();
  }
  encodePage(page, words, word, data) {
    const out = this.out;
    const ownWord = page * WORDS_PER_PAGE;
    const hopeless = sampledDifference(words.i32, word, this.mirror.i32, ownWord) >= HOPELESS_BYTES;
    const own = hopeless ? -1 : encodeXorDelta(words, word, this.mirror, ownWord, out.bytes, out.payloadAt(PageKind.deltaRef), PAGE_SIZE - 1);
    let best = own >= 0 ? own : PAGE_SIZE;
    let bestRef = -1;
    if (best > GOOD_ENOUGH_BYTES) {
      const key = projectionKey(words.i32, word);
      const entries = this.table.entries;
      const first = this.table.bucket(key);
      for (let w = 0; w < WAYS; w++) {
        const q = entries[first + w];
        if (q < 0 || q === page) continue;
        const ahead = this.staleReferences ? this.captured[q] : -1;
        const ref = ahead >= 0 ? words : this.mirror;
        const refWord = (ahead >= 0 ? ahead : q) * WORDS_PER_PAGE;
        if (projectionKey(ref.i32, refWord) !== key) continue;
        if (sampledDifference(words.i32, word, ref.i32, refWord) * 4 >= best * 3) continue;
        const len = encodeXorDelta(words, word, ref, refWord, this.scratch, 0, best - REFERENCE_BYTES - 1);
        if (len < 0) continue;
        best = len + REFERENCE_BYTES;
        bestRef = q;
        out.bytes.set(this.scratch.subarray(0, len), out.payloadAt(PageKind.deltaRef));
      }
    }
    if (bestRef >= 0) out.delta(page, PageKind.deltaRef, best - REFERENCE_BYTES, bestRef);
    else if (own >= 0) {
      const at = out.payloadAt(PageKind.deltaRef);
      out.bytes.copyWithin(out.payloadAt(PageKind.deltaSame), at, at + own);
      out.delta(page, PageKind.deltaSame, own);
    } else out.raw(page, data, word * 4);
  }
  indexAhead(indices, words) {
    for (let i = 0; i < indices.length; i++) {
      this.captured[indices[i]] = i;
      this.table.insert(projectionKey(words.i32, i * WORDS_PER_PAGE), indices[i]);
    }
  }
};

// src/compress/compressors.ts
var defaultXbzrleCachePages = (pages) => Math.max(1, Math.floor(pages / 4));
var makeEncoder = (params, pages, staleReferences = false) => {
  switch (params.compressor) {
    case "none":
      return new RawEncoder();
    case "zero":
      return new ZeroPageEncoder();
    case "xbzrle":
      return new XbzrleEncoder(pages, params.xbzrleCachePages);
    case "similarity":
      return new SimilarityEncoder(pages, staleReferences);
  }
};

// src/epoch/epoch-barriers.ts
var EpochBarriers = class {
  openEpoch = 0;
  open = [];
  closed = /* @__PURE__ */ new Map();
  get epoch() {
    return this.openEpoch;
  }
  hold(item) {
    this.open.push(item);
  }
  /** Barrier k: what was held so far belongs to epoch k. */
  closeBarrier(epoch) {
    const mine = this.open;
    this.closed.set(epoch, mine);
    this.open = [];
    this.openEpoch = epoch + 1;
    return mine;
  }
  /** Remove and return epoch k's items (for release). */
  take(epoch) {
    const items = this.closed.get(epoch) ?? [];
    this.closed.delete(epoch);
    return items;
  }
  /** Everything held, oldest epoch first, then the open epoch (going unprotected). */
  takeAll() {
    const out = [...this.closed.keys()].sort((a, b) => a - b).flatMap((e) => this.take(e));
    out.push(...this.open);
    this.open = [];
    return out;
  }
};

// src/net/output-buffer.ts
var OutputBuffer = class extends EpochBarriers {
  enqueue(segment) {
    segment.epoch = this.openEpoch;
    this.hold(segment);
  }
};

// src/storage/storage-buffer.ts
var StorageBuffer = class extends EpochBarriers {
  /** The newest held write of `block`, if any (the guest reads its own writes). */
  newest(block) {
    for (let i = this.open.length - 1; i >= 0; i--) if (this.open[i].block === block) return this.open[i].bytes;
    for (const e of [...this.closed.keys()].sort((a, b) => b - a)) {
      const w = this.closed.get(e);
      for (let i = w.length - 1; i >= 0; i--) if (w[i].block === block) return w[i].bytes;
    }
    return void 0;
  }
};

// src/sim/effect-runtime.ts
var kernelScheduler = (kernel) => ({
  executionMode: "sync",
  shouldYield: () => false,
  makeDispatcher: () => ({
    scheduleTask: (task) => kernel.enqueueTask(task),
    flush: () => kernel.drainTasks()
  })
});
var kernelClock = (kernel, actor) => {
  const nanos2 = () => BigInt(kernel.now) * 1000n;
  return {
    currentTimeMillisUnsafe: () => kernel.now / 1e3,
    currentTimeMillis: Effect_exports.sync(() => kernel.now / 1e3),
    currentTimeNanosUnsafe: nanos2,
    currentTimeNanos: Effect_exports.sync(nanos2),
    monotonicTimeNanosUnsafe: nanos2,
    monotonicTimeNanos: Effect_exports.sync(nanos2),
    sleep: (duration) => Effect_exports.callback((resume) => {
      const us = Math.max(0, Math.round(Duration_exports.toMillis(duration) * 1e3));
      const handle = kernel.schedule(kernel.now + us, actor, { type: "fiber.wake" }, () => resume(Effect_exports.void));
      return Effect_exports.sync(() => kernel.cancel(handle));
    })
  };
};
var forkOnKernel = (kernel, actor, effect) => {
  const fiber3 = Effect_exports.runFork(effect.pipe(Effect_exports.provideService(Clock_exports.Clock, kernelClock(kernel, actor))), {
    scheduler: kernelScheduler(kernel)
  });
  kernel.drainTasks();
  return fiber3;
};
var interruptNow = (kernel, fiber3) => {
  fiber3.interruptUnsafe();
  kernel.drainTasks();
};

// src/hosts/primary-host.ts
var PrimaryHost = class {
  constructor(kernel, params, link, network, record, injector, storage) {
    this.kernel = kernel;
    this.params = params;
    this.link = link;
    this.network = network;
    this.record = record;
    this.injector = injector;
    this.storage = storage;
    const memory = new GuestMemory(params.pages, true, kernel.reusable(params.pages * PAGE_SIZE, () => memory.zeroWritten()));
    this.softPages = new SoftPageFilter(params.pages, params.bug === "skip-dirty-soft-pages");
    this.guest = Guest.boot(memory, params.workload, params.guestSeed, kernel.rng("primary/nondet"), this.diskIo);
    const bootHint = params.workload.files?.softHintUs && this.guest.cache ? this.guest.cache.softPages() : [];
    if (bootHint.length) this.softPages.receiveHint(bootHint);
    memory.markAllDirty(bootHint);
    this.encoder = makeEncoder(params.compression, params.pages, params.bug === "stale-delta-reference");
    this.execution = new GuestExecution(params.workload.tickUs, () => this.guest.tick(), 0);
    const input = { detectionTimeoutUs: params.detectionTimeoutUs, releaseOnSend: params.bug === "release-before-ack" };
    this.machine = new MachineActor(kernel, this.id, primaryMachine, input, (c) => this.execute(c));
    if (params.net) {
      const native = params.net.tcp.mode === "native";
      this.tcp = guestTcp({
        sim: kernel,
        host: "primary",
        net: params.net,
        network,
        apps: this.guest,
        hold: native ? void 0 : (p) => this.output.enqueue(p),
        bug: params.bug,
        mayRelease: () => native || record.holds("primary")
      });
    }
  }
  kernel;
  params;
  link;
  network;
  record;
  injector;
  storage;
  id = "primary";
  guest;
  machine;
  output = new OutputBuffer();
  disk = new StorageBuffer();
  /** The newest write this host sent to the store, per block: what the store holds once it lands (read your writes). */
  sentToStore = /* @__PURE__ */ new Map();
  softPages;
  paused = false;
  down = false;
  unprotected = false;
  held = [];
  acked = new EpochWaiters();
  sent = new EpochWaiters();
  releasedThrough = 0;
  loop;
  execution;
  encoder;
  /** With real TCP: the guest's connections and the hypervisor's side of them. */
  tcp;
  start() {
    if (this.params.net?.tcp.mode === "native") this.unprotected = true;
    else this.loop = forkOnKernel(this.kernel, this.id, epochLoop.pipe(this.provideServices));
    if (this.guest.cache) this.kernel.after(PROGRESS_SAMPLE_US, this.id, { type: "guest.sample" });
    this.tcp?.stack.start();
  }
  state() {
    return this.machine.state();
  }
  deliver(event) {
    if (this.machine.matches("crashed")) return;
    const e = event;
    switch (event.type) {
      case "repl.msg": {
        const m = e.message;
        if (m.kind === "ack") this.machine.send({ type: "repl.ack", epoch: m.epoch });
        else if (m.kind === "heartbeat") this.machine.send({ type: "repl.heartbeat" });
        return;
      }
      case "client.request":
        return this.onRequest(e.client, e.seq);
      case "client.packet":
        if (this.down) return;
        this.execution.catchUp(this.kernel.now);
        return this.tcp?.hyper.fromClient(e);
      case "timer":
      case "link.down":
        return this.machine.send(event);
      case "fault.crash":
        return this.crash();
      case "guest.sample":
        return this.down ? void 0 : sampleProgress(this.kernel, "primary", this.guest, this.execution);
      case "storage.claim-done":
        return answerClaim(this.kernel, "primary", this.machine, this.record.claimExclusiveForPrimary());
    }
  }
  onRequest(client, seq) {
    if (this.down) return;
    if (this.paused) {
      this.held.push({ client, seq });
      return;
    }
    this.execution.catchUp(this.kernel.now);
    for (const s of this.guest.handleRequest(client, seq, this.kernel.now)) {
      if (this.unprotected) {
        s.epoch = this.output.epoch;
        this.network.toClient("primary", s, "unprotected");
      } else this.output.enqueue(s);
    }
  }
  crash() {
    if (this.down && this.machine.matches("crashed")) return;
    this.down = true;
    crashStop(this.kernel, "primary", this.machine, () => this.stopFibers());
  }
  stopFibers() {
    this.execution.stop();
    this.tcp?.stack.stop();
    this.tcp?.hyper.stop();
    if (this.loop) interruptNow(this.kernel, this.loop);
  }
  release(segments, mode) {
    if (this.tcp) return this.tcp.hyper.release(segments, mode);
    for (const s of segments) this.network.toClient("primary", s, mode);
  }
  sendToStore(writes, mode) {
    for (const w of writes) this.sentToStore.set(w.block, w.bytes);
    this.storage.issue("primary", writes, mode);
  }
  /**
   * The guest's path to shared storage through the hypervisor. Reads see the
   * guest's own writes first (held in the disk buffer, then in flight), then
   * the store. Writes are held until their epoch commits (storage output
   * commit); planted bug disk-write-through sends them at once.
   */
  diskIo = {
    read: (block) => this.disk.newest(block) ?? this.sentToStore.get(block) ?? this.storage.store.read(block),
    write: (block, bytes) => {
      const write2 = { block, bytes, epoch: this.output.epoch, digest: hashBytes(bytes) };
      this.kernel.observe({ kind: "disk-write", host: "primary", epoch: write2.epoch, block, digest: write2.digest });
      if (this.unprotected) this.sendToStore([write2], "unprotected");
      else if (this.params.bug === "disk-write-through") this.sendToStore([write2], "protected");
      else this.disk.hold(write2);
    },
    softHint: (pages) => this.softPages.receiveHint(pages)
  };
  execute(cmd) {
    if (this.down) return;
    switch (cmd.type) {
      case "acked": {
        this.kernel.observe({ kind: "ack-received", epoch: cmd.epoch });
        this.injector.reached("after-ack-before-release", cmd.epoch);
        if (!this.down) this.acked.advance(cmd.epoch);
        return;
      }
      case "release":
        this.release(this.output.take(cmd.epoch), cmd.mode);
        this.sendToStore(this.disk.take(cmd.epoch), cmd.mode);
        this.releasedThrough = cmd.epoch;
        return;
      case "lease.claim-exclusive":
        this.kernel.after(this.params.storageLatencyUs, this.id, { type: "storage.claim-done" });
        return;
      case "go-unprotected":
        if (this.loop) interruptNow(this.kernel, this.loop);
        this.unprotected = true;
        this.tcp?.hyper.unprotect();
        this.kernel.observe({ kind: "unprotected", host: "primary" });
        this.release(this.output.takeAll(), "unprotected");
        this.sendToStore(this.disk.takeAll(), "unprotected");
        if (this.paused) {
          this.signal({ type: "checkpoint.resume", epoch: this.output.epoch });
          this.resumeGuest();
        }
        return;
      case "halt":
        this.down = true;
        this.stopFibers();
        return;
    }
  }
  /** The guest runs again after a pause: what arrived meanwhile is handled now. */
  resumeGuest() {
    this.execution.resume(this.kernel.now);
    this.paused = false;
    this.tcp?.stack.resume();
    const held = this.held;
    this.held = [];
    for (const r of held) this.onRequest(r.client, r.seq);
  }
  /** Epoch k's packets, which checkpoint k carries. Planted bug lost-speculative-buffer: not the data the hypervisor acknowledged speculatively. */
  epochOutput(epoch) {
    const packets = this.output.closeBarrier(epoch);
    if (this.params.bug !== "lost-speculative-buffer" || !this.tcp?.hyper.speculative) return packets;
    return packets.filter((p) => p.len === 0);
  }
  /** With speculation: where each client's acknowledgements stand, for the backup to know which released bytes it still owes. */
  speculationState() {
    return this.tcp?.hyper.speculative ? { clientAcked: this.tcp.hyper.clientAcked(), owes: this.tcp.hyper.owes() } : {};
  }
  signal(event) {
    if (this.down) return;
    this.machine.send(event);
    this.kernel.note(this.id, event, this.machine.state());
    if (event.type === "checkpoint.sent") this.sent.advance(event.epoch);
  }
  provideServices = (effect) => effect.pipe(
    Effect_exports.provideService(CheckpointPolicy, fixedEpochs(this.params.epochUs)),
    Effect_exports.provideService(PrimaryProtocol, { signal: (e) => Effect_exports.sync(() => this.signal(e)) }),
    Effect_exports.provideService(GuestControl, {
      pause: Effect_exports.sync(() => {
        this.execution.pause(this.kernel.now);
        this.paused = true;
        this.tcp?.stack.pause();
      }),
      capture: (epoch) => Effect_exports.suspend(() => {
        const memory = this.guest.memory;
        const pages = memory.capture();
        const vcpu = this.guest.cloneVcpu();
        const device = this.tcp ? { ...this.guest.cloneDevice(), tcp: this.tcp.stack.snapshot() } : this.guest.cloneDevice();
        const digest = stateDigest(memory.digest(), vcpu, device);
        const pauseUs = Math.round(this.params.pauseBaseUs + this.params.pauseUsPerPage * pages.indices.length);
        const pagesDigest = this.params.compression.compressor === "none" ? {} : { pagesDigest: memory.pagesDigest(pages.indices) };
        this.kernel.observe({ kind: "capture", host: "primary", epoch, pages: pages.indices.length, pauseUs, digest, releasedThrough: this.releasedThrough, ...pagesDigest });
        this.injector.reached("after-capture", epoch);
        return Effect_exports.sleep(`${pauseUs} micros`).pipe(Effect_exports.as({ pages, vcpu, device, digest }));
      }),
      resume: Effect_exports.sync(() => this.resumeGuest())
    }),
    Effect_exports.provideService(SoftPages, { filter: (_epoch, pages) => Effect_exports.sync(() => this.softPages.filter(pages)) }),
    Effect_exports.provideService(PageCompressor, {
      encode: (_epoch, pages, dropped) => Effect_exports.sync(() => {
        if (dropped.length) this.encoder.dropped?.(dropped);
        return keep(this.encoder.encode(pages));
      })
    }),
    Effect_exports.provideService(OutputQueue, {
      closeBarrier: (epoch) => Effect_exports.sync(() => ({ packets: this.epochOutput(epoch), writes: this.disk.closeBarrier(epoch), ...this.speculationState() })),
      releasedThrough: Effect_exports.sync(() => this.releasedThrough),
      releaseLatencyUs: this.params.releaseLatencyUs,
      requestRelease: (epoch) => Effect_exports.sync(() => {
        if (!this.down) this.signal({ type: "release.request", epoch, leaseHeld: this.record.holds("primary") });
      })
    }),
    Effect_exports.provideService(ReplicationLink, {
      send: (cp) => Effect_exports.sync(() => {
        if (this.down) return 0;
        let bytes = 0;
        for (const w of encodeCheckpoint(cp, this.params.chunkPages)) {
          this.link.send("primary", "backup", w.bytes, w.message);
          bytes += w.bytes;
        }
        const hint = softSetBytes(cp.soft);
        this.kernel.observe({ kind: "checkpoint-sent", epoch: cp.epoch, bytes, pages: cp.pages.stats.pages, ...hint ? { hintBytes: hint } : {}, ...cp.owes ? { owes: cp.owes } : {} });
        return bytes;
      }),
      // Planted bug release-before-ack: the loop treats "sent" as "safe".
      awaitAck: (epoch) => this.params.bug === "release-before-ack" ? this.sent.wait(epoch) : this.acked.wait(epoch)
    })
  );
};

// src/net/client-network.ts
var REORDER_HOLD_US = 1e3;
var HEADER_BYTES = 66;
var ClientNetwork = class {
  constructor(kernel, params, faults = [], realTcp = false) {
    this.kernel = kernel;
    this.params = params;
    this.faults = faults;
    this.realTcp = realTcp;
  }
  kernel;
  params;
  faults;
  realTcp;
  vmHost = "primary";
  busyUntil = /* @__PURE__ */ new Map();
  counts = /* @__PURE__ */ new Map();
  get owner() {
    return this.vmHost;
  }
  announce(host) {
    this.vmHost = host;
  }
  /** A segment leaves `host` for its client: the moment output becomes externally visible. */
  toClient(host, segment, mode) {
    const { kernel } = this;
    kernel.observe({
      kind: "packet-out",
      host,
      client: segment.client,
      epoch: segment.epoch,
      offset: segment.offset,
      len: segment.len,
      producedAt: segment.producedAt,
      mode,
      ...segment.retransmit ? { retransmit: true } : {},
      ...segment.speculative ? { speculative: true } : {}
    });
    const sent = this.transmit(`${host}->${segment.client}`, segment.len + HEADER_BYTES);
    for (const at of this.deliveries(segment.client, "to-client", sent))
      kernel.schedule(at, segment.client, { type: "net.segment", from: host, offset: segment.offset, len: segment.len, reqSeq: segment.reqSeq, segment });
  }
  /** A request from a client to whichever host holds the VM's address when it arrives. */
  toVm(client, seq, bytes) {
    const sent = this.transmit(`${client}->vm`, bytes + HEADER_BYTES);
    for (const at of this.deliveries(client, "to-vm", sent)) this.kernel.schedule(at, "net", { type: "net.request", client, seq });
  }
  /** A TCP packet from a client (its acknowledgement, its data, or both) to whichever host holds the VM's address when it arrives. */
  packetToVm(packet) {
    const sent = this.transmit(`${packet.client}->vm`, (packet.len ?? 0) + HEADER_BYTES);
    for (const at of this.deliveries(packet.client, "to-vm", sent)) this.kernel.schedule(at, "net", { type: "net.packet", ...packet });
  }
  /** Arrival times of one packet under the client faults: none (lost), one, or two (duplicated). */
  deliveries(client, direction, arrival) {
    const key = `${client}/${direction}`;
    const nth = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, nth);
    const sentAt = arrival - this.params.latencyUs;
    let at = arrival;
    let copies = 1;
    const acted = (fault) => this.kernel.observe({ kind: "fault-acted", fault });
    for (const f of this.faults) {
      if (f.client !== client) continue;
      if (f.kind === "client-reorder") {
        if (direction === "to-client" && f.nth === nth) {
          at += REORDER_HOLD_US;
          acted(f.kind);
        }
        continue;
      }
      if (f.direction !== direction) continue;
      if (f.kind === "client-drop" && f.nth === nth) {
        acted(f.kind);
        if (direction === "to-vm" || this.realTcp) return [];
        at += TCP_MIN_RTO_US;
      }
      if (f.kind === "client-duplicate" && f.nth === nth) {
        copies = 2;
        acted(f.kind);
      }
      if (f.kind === "client-delay" && sentAt >= f.atUs && sentAt < f.atUs + f.durationUs) {
        at += f.extraUs;
        acted(f.kind);
      }
    }
    return copies === 2 ? [at, at + 1] : [at];
  }
  /** Route an arrived request to the current owner of the VM's address. */
  route(event) {
    this.kernel.schedule(this.kernel.now, this.vmHost, { type: "client.request", client: event.client, seq: event.seq });
  }
  /** Route an arrived TCP packet to the current owner of the VM's address. */
  routePacket(event) {
    this.kernel.schedule(this.kernel.now, this.vmHost, { ...event, type: "client.packet" });
  }
  transmit(direction, bytes) {
    const start = Math.max(this.kernel.now, this.busyUntil.get(direction) ?? 0);
    const departAt = start + serializationUs(bytes, this.params.bytesPerSecond);
    this.busyUntil.set(direction, departAt);
    return departAt + this.params.latencyUs;
  }
};

// src/sim/event-queue.ts
var EventQueue = class {
  heap = [];
  nextSeq = 0;
  get size() {
    return this.heap.length;
  }
  push(at, item) {
    const entry = { at, seq: this.nextSeq++, item, cancelled: false };
    const h = this.heap;
    h.push(entry);
    let i = h.length - 1;
    while (i > 0) {
      const parent = i - 1 >> 1;
      if (!before(entry, h[parent])) break;
      h[i] = h[parent];
      i = parent;
    }
    h[i] = entry;
    return entry;
  }
  peek() {
    return this.heap[0];
  }
  pop() {
    const h = this.heap;
    if (h.length === 0) return void 0;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0) {
      let i = 0;
      const n = h.length;
      for (; ; ) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && before(h[r], h[l]) ? r : l;
        if (!before(h[c], last)) break;
        h[i] = h[c];
        i = c;
      }
      h[i] = last;
    }
    return top;
  }
};
var before = (a, b) => a.at < b.at || a.at === b.at && a.seq < b.seq;

// node_modules/pure-rand/lib/esm/generator/xoroshiro128plus.js
var jumps = [
  3639956645,
  3750757012,
  1261568508,
  386426335
];
var XoroShiro128Plus = class XoroShiro128Plus2 {
  constructor(s01, s00, s11, s10) {
    this.s01 = s01;
    this.s00 = s00;
    this.s11 = s11;
    this.s10 = s10;
  }
  clone() {
    return new XoroShiro128Plus2(this.s01, this.s00, this.s11, this.s10);
  }
  next() {
    const out = this.s00 + this.s10 | 0;
    const a0 = this.s10 ^ this.s00;
    const a1 = this.s11 ^ this.s01;
    const s00 = this.s00;
    const s01 = this.s01;
    this.s00 = s00 << 24 ^ s01 >>> 8 ^ a0 ^ a0 << 16;
    this.s01 = s01 << 24 ^ s00 >>> 8 ^ a1 ^ (a1 << 16 | a0 >>> 16);
    this.s10 = a1 << 5 ^ a0 >>> 27;
    this.s11 = a0 << 5 ^ a1 >>> 27;
    return out;
  }
  jump() {
    let ns01 = 0;
    let ns00 = 0;
    let ns11 = 0;
    let ns10 = 0;
    let s01 = this.s01;
    let s00 = this.s00;
    let s11 = this.s11;
    let s10 = this.s10;
    for (let i = 0; i !== 4; ++i) {
      const ji = jumps[i];
      for (let mask = 1; mask; mask <<= 1) {
        if (ji & mask) {
          ns01 ^= s01;
          ns00 ^= s00;
          ns11 ^= s11;
          ns10 ^= s10;
        }
        const a0 = s10 ^ s00;
        const a1 = s11 ^ s01;
        const s00_ = s00;
        const s01_ = s01;
        s00 = s00_ << 24 ^ s01_ >>> 8 ^ a0 ^ a0 << 16;
        s01 = s01_ << 24 ^ s00_ >>> 8 ^ a1 ^ (a1 << 16 | a0 >>> 16);
        s10 = a1 << 5 ^ a0 >>> 27;
        s11 = a0 << 5 ^ a1 >>> 27;
      }
    }
    this.s01 = ns01;
    this.s00 = ns00;
    this.s11 = ns11;
    this.s10 = ns10;
  }
  getState() {
    return [
      this.s01,
      this.s00,
      this.s11,
      this.s10
    ];
  }
};
function xoroshiro128plus(seed) {
  return new XoroShiro128Plus(-1, ~seed, seed | 0, 0);
}

// node_modules/pure-rand/lib/esm/distribution/uniformInt.js
function uniformIntInternal(rng, rangeSize) {
  const MaxAllowed = rangeSize > 2 ? ~~(4294967296 / rangeSize) * rangeSize : 4294967296;
  let deltaV = rng.next() + 2147483648;
  while (deltaV >= MaxAllowed) deltaV = rng.next() + 2147483648;
  return deltaV % rangeSize;
}
function fromNumberToArrayInt64(out, n) {
  if (n < 0) {
    const posN = -n;
    out.sign = -1;
    out.data[0] = ~~(posN / 4294967296);
    out.data[1] = posN >>> 0;
  } else {
    out.sign = 1;
    out.data[0] = ~~(n / 4294967296);
    out.data[1] = n >>> 0;
  }
  return out;
}
function substractArrayInt64(out, arrayIntA, arrayIntB) {
  const lowA = arrayIntA.data[1];
  const highA = arrayIntA.data[0];
  const signA = arrayIntA.sign;
  const lowB = arrayIntB.data[1];
  const highB = arrayIntB.data[0];
  const signB = arrayIntB.sign;
  out.sign = 1;
  if (signA === 1 && signB === -1) {
    const low2 = lowA + lowB;
    const high = highA + highB + (low2 > 4294967295 ? 1 : 0);
    out.data[0] = high >>> 0;
    out.data[1] = low2 >>> 0;
    return out;
  }
  let lowFirst = lowA;
  let highFirst = highA;
  let lowSecond = lowB;
  let highSecond = highB;
  if (signA === -1) {
    lowFirst = lowB;
    highFirst = highB;
    lowSecond = lowA;
    highSecond = highA;
  }
  let reminderLow = 0;
  let low = lowFirst - lowSecond;
  if (low < 0) {
    reminderLow = 1;
    low = low >>> 0;
  }
  out.data[0] = highFirst - highSecond - reminderLow;
  out.data[1] = low;
  return out;
}
function uniformArrayIntInternal(rng, out, rangeSize) {
  const maxIndex0 = rangeSize[0] + 1;
  out[0] = uniformIntInternal(rng, maxIndex0);
  out[1] = uniformIntInternal(rng, 4294967296);
  while (out[0] >= rangeSize[0] && (out[0] !== rangeSize[0] || out[1] >= rangeSize[1])) {
    out[0] = uniformIntInternal(rng, maxIndex0);
    out[1] = uniformIntInternal(rng, 4294967296);
  }
  return out;
}
var safeNumberMaxSafeInteger = Number.MAX_SAFE_INTEGER;
var sharedA = {
  sign: 1,
  data: [0, 0]
};
var sharedB = {
  sign: 1,
  data: [0, 0]
};
var sharedC = {
  sign: 1,
  data: [0, 0]
};
var sharedData = [0, 0];
function uniformLargeIntInternal(rng, from, to, rangeSize) {
  const rangeSizeArrayIntValue = rangeSize <= safeNumberMaxSafeInteger ? fromNumberToArrayInt64(sharedC, rangeSize) : substractArrayInt64(sharedC, fromNumberToArrayInt64(sharedA, to), fromNumberToArrayInt64(sharedB, from));
  if (rangeSizeArrayIntValue.data[1] === 4294967295) {
    rangeSizeArrayIntValue.data[0] += 1;
    rangeSizeArrayIntValue.data[1] = 0;
  } else rangeSizeArrayIntValue.data[1] += 1;
  uniformArrayIntInternal(rng, sharedData, rangeSizeArrayIntValue.data);
  return sharedData[0] * 4294967296 + sharedData[1] + from;
}
function uniformInt(rng, from, to) {
  const rangeSize = to - from;
  if (rangeSize <= 4294967295) return uniformIntInternal(rng, rangeSize + 1) + from;
  return uniformLargeIntInternal(rng, from, to, rangeSize);
}

// src/sim/rng.ts
var Rng = class {
  gen;
  constructor(seed, stream) {
    this.gen = xoroshiro128plus(streamSeed(seed, stream));
  }
  /** Uniform integer in [from, to], both inclusive. */
  int(from, to) {
    return uniformInt(this.gen, from, to);
  }
  /** A full 32-bit unsigned value. */
  u32() {
    return this.gen.next() >>> 0;
  }
  /** True with probability `p` (resolution 2^-32). */
  chance(p) {
    return this.u32() < p * 4294967296;
  }
};
var streamSeed = (seed, stream) => {
  let h = 2166136261 ^ (seed | 0);
  for (let i = 0; i < stream.length; i++) {
    h ^= stream.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  h ^= Math.imul(seed | 0, 2654435761);
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  h ^= h >>> 16;
  return h | 0;
};

// src/sim/trace.ts
import { createHash as createHash2 } from "node:crypto";
var TraceRecorder = class {
  /** `full`: keep every event and hash the run; otherwise count events (for fact indices) and keep the facts. */
  constructor(full = true) {
    this.full = full;
  }
  full;
  events = [];
  facts = [];
  count = 0;
  /** Take the next index for an event whose outcome is not known yet (see `fill`). */
  reserve() {
    if (this.full) this.events.push(void 0);
    return this.count++;
  }
  fill(i, t, actor, type, summary2, state) {
    this.events[i] = { i, t, actor, type, summary: summary2, state };
  }
  event(t, actor, type, summary2, state) {
    this.fill(this.reserve(), t, actor, type, summary2, state);
  }
  /** Record a fact (the object is annotated in place: callers pass a fresh one). */
  fact(t, at, fact) {
    const o = fact;
    o.t = t;
    o.at = at;
    this.facts.push(o);
  }
  /** The trace; a facts-only recording has no events and no hash (""). */
  finish() {
    return { events: this.events, facts: this.facts, hash: this.full ? traceHash(this.events, this.facts) : "" };
  }
};
var traceHash = (events, facts) => {
  const h = createHash2("sha256");
  const lines = [];
  const flush = () => {
    h.update(lines.join(""));
    lines.length = 0;
  };
  for (const e of events) {
    lines.push(`E${e.i}|${e.t}|${e.actor}|${e.type}|${e.summary}|${e.state}
`);
    if (lines.length >= 4096) flush();
  }
  for (const f of facts) {
    lines.push(`F${JSON.stringify(f)}
`);
    if (lines.length >= 4096) flush();
  }
  flush();
  return h.digest("hex");
};
var summarize = (event) => {
  const parts2 = [];
  for (const [k, v] of Object.entries(event)) {
    if (k === "type") continue;
    if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") parts2.push(`${k}=${v}`);
  }
  return parts2.join(" ");
};

// src/sim/buffer-pool.ts
var free = /* @__PURE__ */ new Map();
var check = process.env.EPOCHLAB_CHECK_POOL === "1";
var KEEP = 8;
var takeZeroed = (bytes) => free.get(bytes)?.pop() ?? new Uint8Array(bytes);
var giveBack = (buffer) => {
  if (check) {
    const words = new Int32Array(buffer.buffer, buffer.byteOffset, buffer.byteLength >>> 2);
    for (let i = 0; i < words.length; i++)
      if (words[i] !== 0) throw new Error(`buffer pool: a ${buffer.byteLength}-byte buffer came back with bytes at ${4 * i} (an owner wrote it without marking the page)`);
  }
  const list = free.get(buffer.byteLength) ?? [];
  if (list.length < KEEP) list.push(buffer);
  free.set(buffer.byteLength, list);
};

// src/sim/kernel.ts
var Kernel = class {
  constructor(seed, options = {}) {
    this.seed = seed;
    this.full = (options.record ?? "full") === "full";
    this.trace = new TraceRecorder(this.full);
    this.engine = options.engine ?? "compiled";
  }
  seed;
  now = 0;
  trace;
  engine;
  full;
  leases = [];
  queue = new EventQueue();
  actors = /* @__PURE__ */ new Map();
  tasks = [];
  draining = false;
  currentEvent = -1;
  deliveries = 0;
  register(actor) {
    if (this.actors.has(actor.id)) throw new Error(`actor ${actor.id} registered twice`);
    this.actors.set(actor.id, actor);
  }
  actor(id) {
    const a = this.actors.get(id);
    if (!a) throw new Error(`no actor ${id}`);
    return a;
  }
  /** A random stream of its own for `stream` (by convention the actor id, or "actor/purpose"). */
  rng(stream) {
    return new Rng(this.seed, stream);
  }
  schedule(at, actor, event, run) {
    if (!Number.isInteger(at)) throw new Error(`event ${event.type} for ${actor} at non-integer time ${at}`);
    if (at < this.now) throw new Error(`event ${event.type} for ${actor} scheduled in the past (${at} < ${this.now})`);
    return this.queue.push(at, { actor, event, run });
  }
  after(delayUs, actor, event) {
    return this.schedule(this.now + Math.max(0, Math.round(delayUs)), actor, event);
  }
  cancel(handle) {
    if (handle) handle.cancelled = true;
  }
  get detailed() {
    return this.full;
  }
  reusable(bytes, zeroAgain) {
    const buffer = takeZeroed(bytes);
    this.leases.push({ buffer, zeroAgain });
    return buffer;
  }
  /** The run is over and nothing will read its hosts again: leased buffers go back to the pool. */
  dispose() {
    for (const { buffer, zeroAgain } of this.leases.splice(0)) {
      zeroAgain(buffer);
      giveBack(buffer);
    }
  }
  /** Record a fact, attributed to the event being delivered. */
  observe(fact) {
    this.trace.fact(this.now, this.currentEvent, fact);
  }
  /** Queue an Effect runtime task; it runs before the current delivery ends. */
  enqueueTask(task) {
    this.tasks.push(task);
  }
  drainTasks() {
    if (this.draining) return;
    this.draining = true;
    try {
      for (let i = 0; i < this.tasks.length; i++) this.tasks[i]();
      this.tasks.length = 0;
    } finally {
      this.draining = false;
    }
  }
  /** Deliver events in order until the queue is empty or the next event lies after `untilUs`. */
  run(untilUs) {
    this.drainTasks();
    for (; ; ) {
      const next = this.queue.peek();
      if (!next) {
        if (this.now < untilUs) this.trace.fact(this.now, this.currentEvent, { kind: "quiescent" });
        break;
      }
      if (next.at > untilUs) break;
      this.queue.pop();
      if (next.cancelled) continue;
      this.now = next.at;
      this.deliver(next.item);
    }
    this.now = Math.max(this.now, untilUs);
  }
  get eventCount() {
    return this.deliveries;
  }
  finish() {
    return this.trace.finish();
  }
  /**
   * Record an event that a host gave its own machine synchronously (the epoch
   * loop reporting a phase), so the trace shows every transition.
   */
  note(actor, event, state) {
    if (this.full) this.trace.event(this.now, actor, event.type, summarize(event), state);
    else this.trace.reserve();
  }
  deliver(d) {
    const actor = this.actor(d.actor);
    const slot = this.trace.reserve();
    this.currentEvent = slot;
    this.deliveries++;
    if (d.run) d.run();
    else actor.deliver(d.event);
    this.drainTasks();
    if (this.full) this.trace.fill(slot, this.now, d.actor, d.event.type, summarize(d.event), actor.state());
  }
};

// src/sim/vm-scope.ts
var VmScope = class {
  constructor(kernel, vm) {
    this.kernel = kernel;
    this.vm = vm;
  }
  kernel;
  vm;
  get now() {
    return this.kernel.now;
  }
  get engine() {
    return this.kernel.engine;
  }
  /** The kernel's name for this VM's actor `id`. */
  id(actor) {
    return `${this.vm}/${actor}`;
  }
  register(actor) {
    this.kernel.register({ id: this.id(actor.id), deliver: (e) => actor.deliver(e), state: () => actor.state() });
  }
  actor(id) {
    return this.kernel.actor(this.id(id));
  }
  rng(stream) {
    return this.kernel.rng(this.id(stream));
  }
  schedule(at, actor, event, run) {
    return this.kernel.schedule(at, this.id(actor), event, run);
  }
  after(delayUs, actor, event) {
    return this.kernel.after(delayUs, this.id(actor), event);
  }
  cancel(handle) {
    this.kernel.cancel(handle);
  }
  observe(fact) {
    this.kernel.observe({ ...fact, vm: this.vm });
  }
  enqueueTask(task) {
    this.kernel.enqueueTask(task);
  }
  drainTasks() {
    this.kernel.drainTasks();
  }
  get detailed() {
    return this.kernel.detailed;
  }
  reusable(bytes, zeroAgain) {
    return this.kernel.reusable(bytes, zeroAgain);
  }
  note(actor, event, state) {
    this.kernel.note(this.id(actor), event, state);
  }
};

// src/storage/activation-record.ts
var ActivationRecord = class {
  owner = "primary";
  exclusive = false;
  holds(host) {
    return this.owner === host;
  }
  /** Backup takeover: granted unless the primary runs alone. */
  claimForBackup() {
    if (this.owner === "backup") return true;
    if (this.exclusive) return false;
    this.owner = "backup";
    return true;
  }
  /** Primary going unprotected: granted if it still owns the record. */
  claimExclusiveForPrimary() {
    if (this.owner !== "primary") return false;
    this.exclusive = true;
    return true;
  }
  describe() {
    return `${this.owner}${this.exclusive ? " (exclusive)" : ""}`;
  }
};

// src/faults/schedule.ts
var isLinkFault = (f) => f.kind.startsWith("link-");
var isClientFault = (f) => f.kind.startsWith("client-");
var faultVm = (f) => f.vm ?? "vm1";

// src/faults/injector.ts
var FaultInjector = class {
  pending;
  crash;
  constructor(kernel, faults) {
    this.pending = faults.filter((f) => f.kind === "crash-at");
    this.crash = (host, why) => {
      kernel.note(host, { type: "fault.crash", at: why }, "crashing");
      kernel.actor(host).deliver({ type: "fault.crash" });
    };
  }
  reached(point, epoch) {
    if (this.pending.length === 0) return;
    for (const f of [...this.pending]) {
      if (f.point !== point || point !== "during-failover" && f.epoch !== epoch) continue;
      this.pending.splice(this.pending.indexOf(f), 1);
      this.crash(f.host, `${point}${point === "during-failover" ? "" : `:${epoch}`}`);
    }
  }
};

// src/scenario/simulate.ts
var simulate = (input) => {
  const { scenario, seed } = input;
  const kernel = new Kernel(seed, input.options);
  const vms = scenario.consolidation;
  if (!vms) buildVm(kernel, input, input.faults);
  else {
    const pool = new BackupPool(kernel, vms.backupCapacityPages);
    for (let i = 1; i <= vms.vms; i++) {
      const vm = `vm${i}`;
      if (!pool.admit(vm, vms.reservePages, scenario.host.pages)) continue;
      const faults = input.faults.filter((f) => faultVm(f) === vm);
      buildVm(new VmScope(kernel, vm), { ...input, seed: seed + i - 1 }, faults, { pool, vm });
    }
  }
  kernel.run(scenario.durationUs);
  const result3 = { input, trace: kernel.finish(), eventCount: kernel.eventCount };
  kernel.dispose();
  return result3;
};
var buildVm = (sim, input, faults, share) => {
  const { scenario, seed } = input;
  const record = new ActivationRecord();
  const { tcp } = scenario;
  const network = new ClientNetwork(sim, scenario.clientPath, faults.filter(isClientFault), tcp !== void 0);
  const link = new LinkHost(sim, scenario.link, faults.filter(isLinkFault));
  const injector = new FaultInjector(sim, faults);
  const clientIds = Array.from({ length: scenario.clients }, (_, i) => `client-${i + 1}`);
  const net = tcp && { tcp, clients: clientIds, requestBytes: scenario.client.requestBytes };
  const params = { ...scenario.host, guestSeed: seed, bug: input.bug, ...net ? { net } : {} };
  const storage = new StorageHost(sim, new BlockStore(), scenario.host.storageLatencyUs);
  const primary = new PrimaryHost(sim, params, link, network, record, injector, storage);
  const backup = tcp?.mode === "native" ? [] : [new BackupHost(sim, params, link, network, record, injector, storage, share)];
  const clients = clientIds.map((id) => new ClientHost(sim, id, scenario.client, network, tcp));
  for (const a of [primary, ...backup, link, new NetHost(network), storage, ...clients]) sim.register(a);
  for (const c of clients.slice(tcp?.bulkClients ?? 0)) sim.schedule(scenario.clientStartUs, c.id, { type: "start" });
  for (const f of faults) {
    if (f.kind === "crash") sim.schedule(f.atUs, f.host, { type: "fault.crash" });
    if (f.kind === "link-disconnect") sim.schedule(f.atUs, "link", { type: "disconnect" });
  }
  primary.start();
};

// src/scenario/builtin.ts
import { join } from "node:path";

// src/scenario/variant.ts
var VariantError = class extends Error {
};
var parseVms = (spec, base) => {
  if (!base.consolidation) throw new VariantError(`--vms: scenario ${base.name} runs one VM with a backup of its own; several primaries share a backup in remus-consolidated`);
  const n = Number(spec);
  if (!Number.isSafeInteger(n) || n < 1 || n > 64) throw new VariantError(`--vms: expected an integer from 1 to 64, got "${spec}"`);
  return n;
};
var isEmptyVariant = (v) => v.memory === void 0 && v.compressor === void 0 && v.vms === void 0;
var applyVariant = (base, v) => {
  if (isEmptyVariant(v)) return base;
  if (v.vms !== void 0) {
    const rest = { ...v, vms: void 0 };
    return { ...applyVariant(base, rest), consolidation: { ...base.consolidation, vms: parseVms(String(v.vms), base) } };
  }
  const memory = v.memory ?? base.host.workload.memory;
  let pages = base.host.pages;
  if (memory.startsWith("trace:")) {
    let replay;
    try {
      replay = TraceReplay.load(memory.slice("trace:".length));
    } catch (e) {
      if (e instanceof RecordingError) throw new VariantError(e.message);
      throw e;
    }
    if (v.recordingSha256 !== void 0 && v.recordingSha256 !== replay.sha256)
      throw new VariantError(`${replay.file}: the recording changed since this run was recorded (SHA-256 ${replay.sha256.slice(0, 12)}..., expected ${v.recordingSha256.slice(0, 12)}...)`);
    pages = replay.pagesNeeded;
  }
  const compressor = v.compressor ?? base.host.compression.compressor;
  return {
    ...base,
    host: {
      ...base.host,
      pages,
      workload: { ...base.host.workload, memory },
      compression: { compressor, xbzrleCachePages: defaultXbzrleCachePages(pages) }
    }
  };
};

// src/scenario/builtin.ts
var RECORDINGS_DIR = join(import.meta.dirname, "..", "..", "testdata", "recordings");
var GBE_TCP_PAYLOAD = 117e6;
var remusBasic = {
  name: "remus-basic",
  description: "One VM of 4096 pages, TCP over GbE, 25 ms fixed epochs, one request/response client, 2 simulated seconds",
  durationUs: 2e6,
  host: {
    pages: 4096,
    workload: {
      memory: "sparse",
      tickUs: 1e3,
      writesPerTick: 8,
      wordsPerWrite: 4,
      hotFraction: 0.05,
      hotProbability: 0.9,
      minResponseBytes: 256,
      maxResponseBytes: 16384
    },
    epochUs: 25e3,
    detectionTimeoutUs: 1e5,
    heartbeatUs: 25e3,
    pauseBaseUs: 200,
    pauseUsPerPage: 2,
    releaseLatencyUs: 20,
    applyUsPerPage: 1,
    restoreUs: 1e4,
    storageLatencyUs: 500,
    chunkPages: 64,
    compression: { compressor: "none", xbzrleCachePages: 0 }
  },
  link: { bytesPerSecond: GBE_TCP_PAYLOAD, latencyUs: 50 },
  clientPath: { bytesPerSecond: 125e6, latencyUs: 100 },
  clients: 1,
  client: { thinkUs: 2e3, minRtoUs: 2e5, maxRtoUs: 32e5, requestBytes: 100, maxRequests: 0 },
  clientStartUs: 2e5
};
var remusLarge = {
  ...remusBasic,
  name: "remus-large",
  description: "One VM of 16384 pages (64 MiB), TCP over GbE, 25 ms fixed epochs, one client, 10 simulated seconds",
  durationUs: 1e7,
  host: { ...remusBasic.host, pages: 16384 },
  clientStartUs: 7e5
};
var remusThreeClients = {
  ...remusBasic,
  name: "remus-3clients",
  description: "remus-basic with three request/response clients",
  clients: 3
};
var compressed = (compressor, description) => ({
  ...remusBasic,
  name: `remus-${compressor}`,
  description,
  host: {
    ...remusBasic.host,
    workload: { ...remusBasic.host.workload, memory: "mixed" },
    compression: { compressor, xbzrleCachePages: defaultXbzrleCachePages(remusBasic.host.pages) }
  }
});
var remusZero = compressed("zero", "remus-basic with mixed memory content and zero-page detection on the link");
var remusXbzrle = compressed("xbzrle", "remus-basic with mixed memory content and XBZRLE (cache: a quarter of guest memory)");
var remusSimilarity = compressed("similarity", "remus-basic with mixed memory content and bit-projection similarity compression");
var remusStorage = {
  ...remusBasic,
  name: "remus-storage",
  description: "remus-basic whose guest also reads and writes files on shared storage through a page cache (30% of memory)",
  host: {
    ...remusBasic.host,
    workload: { ...remusBasic.host.workload, files: { cacheShare: 0.3, blocks: 2048, opsPerTick: 4, writeShare: 0.3, missUs: 500, writebackUs: 1e5 } }
  }
};
var remusSoftPages = {
  ...remusStorage,
  name: "remus-softpages",
  description: "remus-storage with soft-page filtering: the backup does not hold clean page-cache pages and rebuilds them from storage on failover",
  host: { ...remusStorage.host, workload: { ...remusStorage.host.workload, files: { ...remusStorage.host.workload.files, softHintUs: 6e4 } } }
};
var remusConsolidated = {
  ...remusSoftPages,
  name: "remus-consolidated",
  description: "three remus-softpages primaries (70% page cache) protected by one backup host with memory for two",
  host: {
    ...remusSoftPages.host,
    workload: { ...remusSoftPages.host.workload, files: { ...remusSoftPages.host.workload.files, cacheShare: 0.7, blocks: 2 * Math.floor(0.7 * 4096), prefill: true } }
  },
  consolidation: { vms: 3, backupCapacityPages: 8192, reservePages: 2048 }
};
var tcpScenario = (mode, name, description) => ({
  ...remusBasic,
  name,
  description,
  clients: 2,
  clientPath: { bytesPerSecond: 125e5, latencyUs: 100 },
  tcp: {
    mode,
    mss: MSS,
    clientReceiveBufferBytes: 131072,
    clientDelayedAckUs: 4e4,
    guestSendBufferBytes: 262144,
    guestReceiveBufferBytes: 131072,
    specBufferBytes: 1e3 * MSS,
    bulkClients: 1
  }
});
var remusSpec = tcpScenario("spec-ack", "remus-spec", "remus-basic over real TCP (one bulk flow, one request/response client) with speculative acknowledgements");
var remusRacc = tcpScenario("spec-ack+racc", "remus-racc", "remus-spec whose guest TCP knows its acknowledgements are speculative (replication-aware congestion control)");
var remusRecorded = {
  ...applyVariant(remusBasic, { memory: `trace:${join(RECORDINGS_DIR, "python-dict.rec")}`, compressor: "similarity" }),
  name: "remus-recorded",
  description: "remus-basic whose guest replays a recording of python3 building a dict (757 pages), with similarity compression"
};

// ../../tmp/setup.ts
for (const [pages, dur] of [[256, 0], [256, 1e3], [4096, 0], [4096, 1e3]]) {
  const s = { ...remusBasic, name: "x", durationUs: dur, host: { ...remusBasic.host, pages }, clientStartUs: 5e4 };
  for (let i = 0; i < 50; i++) simulate({ scenario: s, seed: i, faults: [], options: { record: "facts" } });
  const t = performance.now();
  for (let i = 0; i < 300; i++) simulate({ scenario: s, seed: i, faults: [], options: { record: "facts" } });
  console.log(pages, "pages, duration", dur, "us: ms/run", ((performance.now() - t) / 300).toFixed(3));
}
