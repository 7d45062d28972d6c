import{createRequire}from'module';const require=createRequire(import.meta.url);
var __defProp = Object.defineProperty;
var __export = (target, all3) => {
  for (var name2 in all3)
    __defProp(target, name2, { get: all3[name2], enumerable: true });
};

// node_modules/fast-check/lib/rolldown-runtime-D7D4PA-g.js
var __defProp2 = Object.defineProperty;
var __exportAll = (all3, no_symbols) => {
  let target = {};
  for (var name2 in all3) __defProp2(target, name2, {
    get: all3[name2],
    enumerable: true
  });
  if (!no_symbols) __defProp2(target, Symbol.toStringTag, { value: "Module" });
  return target;
};

// node_modules/pure-rand/lib/esm/generator/congruential32.js
var MULTIPLIER = 214013;
var INCREMENT = 2531011;
var MASK = 4294967295;
var MASK_2 = -2147483649;
var MULTIPLIER_2 = -1443076087;
var INCREMENT_2 = 505908858;
var MULTIPLIER_3 = 1170746341;
var INCREMENT_3 = -755606699;
var JUMP_MULTIPLIER = 1994129409;
var JUMP_INCREMENT = 916127744;
var LinearCongruential32 = class LinearCongruential322 {
  constructor(seed) {
    this.seed = seed;
  }
  clone() {
    return new LinearCongruential322(this.seed);
  }
  next() {
    const s0 = this.seed;
    const s1 = Math.imul(s0, MULTIPLIER) + INCREMENT | 0;
    const s2 = Math.imul(s0, MULTIPLIER_2) + INCREMENT_2 | 0;
    const s3 = Math.imul(s0, MULTIPLIER_3) + INCREMENT_3 | 0;
    this.seed = s3;
    const v1 = (s1 & MASK_2) >> 16;
    const v2 = (s2 & MASK_2) >> 16;
    return (s3 & MASK_2) >> 16 | v2 << 15 | v1 << 30;
  }
  jump() {
    this.seed = Math.imul(this.seed, JUMP_MULTIPLIER) + JUMP_INCREMENT & MASK;
  }
  getState() {
    return [this.seed];
  }
};
function congruential32(seed) {
  return new LinearCongruential32(seed);
}

// node_modules/pure-rand/lib/esm/generator/mersenne.js
var N = 624;
var M = 397;
var A = 2567483615;
var F = 1812433253;
var U = 11;
var S = 7;
var B = 2636928640;
var T = 15;
var C = 4022730752;
var L = 18;
var MASK_LOWER = 2147483647;
var MASK_UPPER = 2147483648;
var JUMP_COEFS = "SUSgbA\\W`E[]KN2RUSo8XVU?HKBFRl11E\\KoWOg5B]XEWG;BE;1:oVK[`B^Z9Qd23^XTnhL>]Unda4f[X;_j9H5QD=cN<5H`3bW>9bk1mjoI2fK0obmAAINOV:>Mek_V9dd<hZ\\gC3?Fm7FEk07QH_3PLm^@?^i\\QMkgP<]oLHmFnlecg5F@7U^@4jhZ?WZS0k@GHehmM36:5^9;>Hmm`co>k:KOSkSbIINb1VFf>LXgP>GUAQTD>Ci>XMGkUflLlb?_FaFUk@?5N7i70@;1o68ah@I<HFH7R2^J:G][Gf962ITWID9GWK8ElD2G5=DcHcL]cA]P2n7A=[<bInM;IHDQnJMReRXDWbVldnGEIPij`E08Xdci3@0c:IBbD4:Nk]?lEN9j^;T`0blZX7eiWE8c`<ak7j05FZi>AjUDh?M1B?^??FAXKThf<aBOXZf7jXYGK>R<;NHk3S9YhM7STJ6`:MIE`S@7298X8W>PNK=@;lLX<i\\TXLL<W@X[X54H]in8M;;n?kkQbajgAMY=Tf9b;ZKf0QUB2FHYWfnfkDoU9YkcLd95T>lK6GM1YL\\lid:J>KYS=iJ]Y>QlF>?R5_[5QeYC=66;A32Ac>OHk_ne^0g>bK:g;KFPgbGUcPR_Z=TX3H9d03bKZ2IhEPKBo>LSGWd0iFdV8C<Y:<>T[O6lC\\blaZ>GoAYP4clf^j1IfnZJ]QeDe2X<HE[LJNWnaCg[P]Co^:IRbWPY?97UePBlZNNHY6LOBM8P>=h?Ye:_f_Sb9Ki5GDYBF4dWeMfdg^ccPllNWM7G1\\UMdoYeOOD5^e@foA22G?ADYo5:FVG[bWo96;>3kc_c1Ab30>30;1@4F8g2hY?DJ4[LOL;ZLLKo2]jo>[KMDUcR279N_kF=3WL@Dd620bMTdA\\U9k``ef2iD9JgJ8CZBHS>F^Uk;<laeaeHS<15OSeS`PcSSKBRBFY]aQ=EgUXGNg=?d56`KA@2BejY0^[_DCX`L=CGMT=BW^6S1i@2ATBVk>3_ocRA>2U:4GPQ6o>5jX2HIcV3S@On6KB<[SKB?FC_AAji9agbBFkAi\\;4I\\UJ]c36Ub@[;gQACVGY<V]SDJBUU]La\\_a@JdOO8gm2T0DJMa:8Hf7>E]noQ[1Kambn??QQ]S?1i0oMGOijb\\aGY6lQ^CJ?9bFle8<eH4UUjBINX;n8@VOA5ah^URV49B[A?ONHhHAC1J5;;h0SXYlG^0W=eJdHh^K4SGe=1HZLLam;D<Q3AOdbPcdX``82\\jo0En8jRVGC73WMCF9`d:0heS?80?C188cSn7H9<daZ]MgS4Pb^1HkA:1PU^5>^h_g[RQV@PnYBRI_]`B]Bh@Uk03eXGY`I16L76H28X`R>IROMeNVUdU[:lghLhPCQZ:4a<30YBZCYnXe[?;jc8gKI2QH2MjnWBm4nGCZW`aVU2a;P<AMI25mlW_Nm][2?b6o851X@lAm]YZ`bWRF1g<Ga:T]1NXH5Veja5P9S9>:aNg:Th1Y=5o78K>LQ8hW@5S?I83Lk5Xk;j5@I3o[d:4RjE^oS30:WP9gC\\i8aSI>QRE@4lP:7lDg8g2`Ql[2I8aBU\\BQ?B4_clL9Q]S;^e1Ob5[>3JER2`c7B=o]fPOWO<DGi;Niba1PoWPPE_Q3aX0OB0mZej\\f_M[J4Y6]1`h2MkF[GiW8Q^d3^_=<I1N2Q7]2<2j[iP7V3V821FaI]A`93bC^Z\\G=WJ;^Ih?B97_iIF@\\Dl<eK1je8SNTWo_=XFMZH<<JYLZ^YQMPgYOV45K_:]kSI8^XlO0]GY=VUfe_C_F6TOcoAlVUH:o=WhhT@K`2KFhe<3\\KXQ>W:M?S_4S5d@J^`[AGA7@3]DnGSCO`\\?E8HT75^d9\\:m\\m1egIfk8cd6bD9\\eU8\\n[Pb0Cgd^S0n9kGJHb]i5XodlKHc34Fhi9K>0U5WK`>7Ff2^KL=WC6:kc?e5C^a1T1:4:^S5flXlGNIj08AfO?Dh7T7dWO>E]NI9?ob7B7P_h[4TEP[EU;GllFTnSmg9:\\[N]<SAoKP_kPlG56A:I3T6EG8Hj=XnUE`KT5U@OQ?]7[N^MFN1_NU4KO_3::Le`8IL9[1Z1H1;V3SC\\N3]S@4U[F2mhT5dYM7[4Pg_Na0_8WTH0`bgceQS8]EG;XgD4Ib4iLTP@kE79Mn>AYRJA1U5^Blhgno:aHVYc03c3J0Vc9FjEV^M75Zfd8kVC9>iJDk`AJ[6f7DK2D^DL\\AX:6b5h31XH;RQB\\N<ZSM=J;6L[`UW^eOIFc1Y]6_dfedIe4ARh72mTXC0WND_IDHVCZRDE0eODARCEETQI5TPUQE=jEH5bS?LP[ai`F5ABRYDo2o\\@=]GT?_9;hc4Lm:\\SF9k1T<0E@fX9BG[]g0nY7k[Qmi@la8`PF0j6@Q?Ii7bLkXQ<lLHf]`:DCh@9JY5>hEVLTdhL\\b1EB0lLh<=WaO@F<;8g<d:@e:LA:cFIEdmQh7hNHfSRToW?8N4:Z1K;XEDRO;OIDh<UdVln?bjgL>?VE98[B\\K<BVjkG8LiSX;fb>jf?DUK00Aih<WY6QD6cEnHBZ8iN_fd<G8Ci`11RUW2QlW]IXV:m?;J0GXXHfGNQ>:D`=fLPbO?VOTEYLj^cNj5PM>jKB5HVjJ4U7lXaTQNL9<@\\1`m\\Ug@VQHd7>jW=ca0`miF7;N0F=GjoQ`RFchKMGTmn8cF@Oh4GGCm7m2`U9j93Tb>=kSERjE_J939F01I1;`<ijk_=_Vn=7RVAI6fnQI5KlF:C44bN<<8K=Z<2TP<1]5?<dB>^LA=ebloE2Y2:9lkh0\\<YKbHD97iE`<C5oj^1>X:??`H6BXF2hG1Q[dF0Q=>W=J?7C\\k1T?<;R44oW?1hY^G8Zm]ZKnfOf0eCFYo6?=D8?<`6HU5SXh1;=:23LmV_FSi;OJfV<^?GkIDPISeHg1LaGE:V3Y3K3H<QJfbY?=;ldZRhnhQT_mGXDLFXXhSONE6Do_0iNZagB:BPGOTH;VhHUTd6LhQm^[;dO]5Hlkg<R:F<Kn\\:I:EGojgWZ2X@SYO_dlH;G8S<>oEKabY`:oU;=JW7ig?S?EYb86b7n8ce\\]IRa]koiWY<RfO;5kUI;7lVeC?[@ZaXDiF04B8R]bg@>O<mQDoUcBLcf^f>m2kMBUloD>Ze@NN^Z11TM`inXYhE_I=kA`:ZF4d\\>`L@;ZP[`ENU5cL[BV6\\Z?Di76:jg3hE6oG6jFc8kP=[GS1;WSedYQW1:U4\\OF32GgmMC<AjO]872bdBb`bKAA?8j78b>T3VfcUB2m4J^CPRU;8dScI]LU]^bBYA5_3:Y0N5i^?200000";
var MersenneTwister = class MersenneTwister2 {
  constructor(states, index) {
    this.states = states;
    this.index = index;
  }
  clone() {
    return new MersenneTwister2(this.states.slice(), this.index);
  }
  next() {
    let y = this.states[this.index];
    y ^= y >>> U;
    y ^= y << S & B;
    y ^= y << T & C;
    y ^= y >>> L;
    this.index = twistedNext(this.states, this.index);
    return y;
  }
  getState() {
    return [this.index, ...this.states];
  }
  jump() {
    const originalStates = this.states.slice();
    const originalIndex = this.index;
    this.index = twistedNext(this.states, this.index);
    for (let i = 19932; i > 0; --i) {
      if (JUMP_COEFS.charCodeAt(i / 6 | 0) - 48 & 1 << i % 6) addState(this.states, this.index, originalStates, originalIndex);
      this.index = twistedNext(this.states, this.index);
    }
    addState(this.states, this.index, originalStates, originalIndex);
  }
};
function addState(mt, idx, originalMt, originalIdx) {
  let i = 0;
  if (originalIdx >= idx) {
    for (; i < N - originalIdx; i++) mt[i + idx] ^= originalMt[i + originalIdx];
    for (; i < N - idx; i++) mt[i + idx] ^= originalMt[i + originalIdx - N];
    for (; i < N; i++) mt[i + idx - N] ^= originalMt[i + originalIdx - N];
  } else {
    for (; i < N - idx; i++) mt[i + idx] ^= originalMt[i + originalIdx];
    for (; i < N - originalIdx; i++) mt[i + idx - N] ^= originalMt[i + originalIdx];
    for (; i < N; i++) mt[i + idx - N] ^= originalMt[i + originalIdx - N];
  }
}
function twistedNext(mt, idx) {
  if (idx < N - M) {
    const y = mt[idx] & MASK_UPPER | mt[idx + 1] & MASK_LOWER;
    mt[idx] = mt[idx + M] ^ y >>> 1 ^ -(y & 1) & A;
    return idx + 1;
  } else if (idx < N - 1) {
    const y = mt[idx] & MASK_UPPER | mt[idx + 1] & MASK_LOWER;
    mt[idx] = mt[idx + M - N] ^ y >>> 1 ^ -(y & 1) & A;
    return idx + 1;
  } else {
    const y = mt[idx] & MASK_UPPER | mt[0] & MASK_LOWER;
    mt[idx] = mt[M - 1] ^ y >>> 1 ^ -(y & 1) & A;
    return 0;
  }
}
function twist(mt) {
  for (let idx = 0; idx !== N; ++idx) twistedNext(mt, idx);
}
function mersenne(seed) {
  const out = [seed | 0];
  for (let idx = 1; idx !== N; ++idx) {
    const xored = out[idx - 1] ^ out[idx - 1] >>> 30;
    out.push(Math.imul(F, xored) + idx | 0);
  }
  twist(out);
  return new MersenneTwister(out, 0);
}

// node_modules/pure-rand/lib/esm/generator/xorshift128plus.js
var jumps = [
  1667051007,
  2321340297,
  1548169110,
  304075285
];
var XorShift128Plus = class XorShift128Plus2 {
  constructor(s01, s00, s11, s10) {
    this.s01 = s01;
    this.s00 = s00;
    this.s11 = s11;
    this.s10 = s10;
  }
  clone() {
    return new XorShift128Plus2(this.s01, this.s00, this.s11, this.s10);
  }
  next() {
    const a0 = this.s00 ^ this.s00 << 23;
    const a1 = this.s01 ^ (this.s01 << 23 | this.s00 >>> 9);
    const s10 = this.s10;
    const s11 = this.s11;
    const out = this.s00 + s10 | 0;
    this.s01 = s11;
    this.s00 = s10;
    this.s11 = a1 ^ s11 ^ a1 >>> 18 ^ s11 >>> 5;
    this.s10 = a0 ^ s10 ^ (a0 >>> 18 | a1 << 14) ^ (s10 >>> 5 | s11 << 27);
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
        const a0 = s00 ^ s00 << 23;
        const a1 = s01 ^ (s01 << 23 | s00 >>> 9);
        s01 = s11;
        s00 = s10;
        s10 = a0 ^ s10 ^ (a0 >>> 18 | a1 << 14) ^ (s10 >>> 5 | s11 << 27);
        s11 = a1 ^ s11 ^ a1 >>> 18 ^ s11 >>> 5;
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
function xorshift128plus(seed) {
  return new XorShift128Plus(-1, ~seed, seed | 0, 0);
}

// node_modules/pure-rand/lib/esm/generator/xoroshiro128plus.js
var jumps2 = [
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
      const ji = jumps2[i];
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

// node_modules/pure-rand/lib/esm/utils/skipN.js
function skipN(rng, num) {
  for (let idx = 0; idx !== num; ++idx) rng.next();
}

// node_modules/pure-rand/lib/esm/distribution/uniformBigInt.js
var SBigInt = BigInt;
var NumValues = 4294967296n;
function uniformBigInt(rng, from, to) {
  const diff = to - from + 1n;
  let FinalNumValues = NumValues;
  let NumIterations = 1;
  while (FinalNumValues < diff) {
    FinalNumValues <<= 32n;
    ++NumIterations;
  }
  let value = generateNext(NumIterations, rng);
  if (value < diff) return value + from;
  if (value + diff < FinalNumValues) return value % diff + from;
  const MaxAcceptedRandom = FinalNumValues - FinalNumValues % diff;
  while (value >= MaxAcceptedRandom) value = generateNext(NumIterations, rng);
  return value % diff + from;
}
function generateNext(NumIterations, rng) {
  let value = SBigInt(rng.next() + 2147483648);
  for (let num = 1; num < NumIterations; ++num) {
    const out = rng.next();
    value = (value << 32n) + SBigInt(out + 2147483648);
  }
  return value;
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

// node_modules/fast-check/lib/fast-check.js
var SharedFootPrint = /* @__PURE__ */ Symbol.for("fast-check/PreconditionFailure");
var PreconditionFailure = class extends Error {
  constructor(interruptExecution = false) {
    super();
    this.interruptExecution = interruptExecution;
    this.footprint = SharedFootPrint;
  }
  static isFailure(err) {
    return err !== null && err !== void 0 && err.footprint === SharedFootPrint;
  }
};
function pre(expectTruthy) {
  if (!expectTruthy) throw new PreconditionFailure();
}
var Nil = class {
  [Symbol.iterator]() {
    return this;
  }
  next(value) {
    return {
      value,
      done: true
    };
  }
};
var nil = new Nil();
function nilHelper() {
  return nil;
}
function* mapHelper(g, f) {
  for (const v of g) yield f(v);
}
function* flatMapHelper(g, f) {
  for (const v of g) yield* f(v);
}
function* filterHelper(g, f) {
  for (const v of g) if (f(v)) yield v;
}
function* takeNHelper(g, n) {
  for (let i = 0; i < n; ++i) {
    const cur = g.next();
    if (cur.done) break;
    yield cur.value;
  }
}
function* takeWhileHelper(g, f) {
  let cur = g.next();
  while (!cur.done && f(cur.value)) {
    yield cur.value;
    cur = g.next();
  }
}
function* joinHelper(g, others) {
  for (let cur = g.next(); !cur.done; cur = g.next()) yield cur.value;
  for (const s of others) for (let cur = s.next(); !cur.done; cur = s.next()) yield cur.value;
}
var safeSymbolIterator$1 = Symbol.iterator;
var Stream = class Stream2 {
  /**
  * Create an empty stream of T
  * @remarks Since 0.0.1
  */
  static nil() {
    return new Stream2(nilHelper());
  }
  /**
  * Create a stream of T from a variable number of elements
  *
  * @param elements - Elements used to create the Stream
  * @remarks Since 2.12.0
  */
  static of(...elements) {
    return new Stream2(elements[safeSymbolIterator$1]());
  }
  /**
  * Create a Stream based on `g`
  * @param g - Underlying data of the Stream
  */
  constructor(g) {
    this.g = g;
  }
  next() {
    return this.g.next();
  }
  [Symbol.iterator]() {
    return this.g;
  }
  /**
  * Map all elements of the Stream using `f`
  *
  * WARNING: It closes the current stream
  *
  * @param f - Mapper function
  * @remarks Since 0.0.1
  */
  map(f) {
    return new Stream2(mapHelper(this.g, f));
  }
  /**
  * Flat map all elements of the Stream using `f`
  *
  * WARNING: It closes the current stream
  *
  * @param f - Mapper function
  * @remarks Since 0.0.1
  */
  flatMap(f) {
    return new Stream2(flatMapHelper(this.g, f));
  }
  /**
  * Drop elements from the Stream while `f(element) === true`
  *
  * WARNING: It closes the current stream
  *
  * @param f - Drop condition
  * @remarks Since 0.0.1
  */
  dropWhile(f) {
    let foundEligible = false;
    function* helper(v) {
      if (foundEligible || !f(v)) {
        foundEligible = true;
        yield v;
      }
    }
    return this.flatMap(helper);
  }
  /**
  * Drop `n` first elements of the Stream
  *
  * WARNING: It closes the current stream
  *
  * @param n - Number of elements to drop
  * @remarks Since 0.0.1
  */
  drop(n) {
    if (n <= 0) return this;
    let idx = 0;
    function helper() {
      return idx++ < n;
    }
    return this.dropWhile(helper);
  }
  /**
  * Take elements from the Stream while `f(element) === true`
  *
  * WARNING: It closes the current stream
  *
  * @param f - Take condition
  * @remarks Since 0.0.1
  */
  takeWhile(f) {
    return new Stream2(takeWhileHelper(this.g, f));
  }
  /**
  * Take `n` first elements of the Stream
  *
  * WARNING: It closes the current stream
  *
  * @param n - Number of elements to take
  * @remarks Since 0.0.1
  */
  take(n) {
    return new Stream2(takeNHelper(this.g, n));
  }
  filter(f) {
    return new Stream2(filterHelper(this.g, f));
  }
  /**
  * Check whether all elements of the Stream are successful for `f`
  *
  * WARNING: It closes the current stream
  *
  * @param f - Condition to check
  * @remarks Since 0.0.1
  */
  every(f) {
    for (const v of this.g) if (!f(v)) return false;
    return true;
  }
  /**
  * Check whether one of the elements of the Stream is successful for `f`
  *
  * WARNING: It closes the current stream
  *
  * @param f - Condition to check
  * @remarks Since 0.0.1
  */
  has(f) {
    for (const v of this.g) if (f(v)) return [true, v];
    return [false, null];
  }
  /**
  * Join `others` Stream to the current Stream
  *
  * WARNING: It closes the current stream and the other ones (as soon as it iterates over them)
  *
  * @param others - Streams to join to the current Stream
  * @remarks Since 0.0.1
  */
  join(...others) {
    return new Stream2(joinHelper(this.g, others));
  }
  /**
  * Take the `nth` element of the Stream of the last (if it does not exist)
  *
  * WARNING: It closes the current stream
  *
  * @param nth - Position of the element to extract
  * @remarks Since 0.0.12
  */
  getNthOrLast(nth) {
    let remaining = nth;
    let last = null;
    for (const v of this.g) {
      if (remaining-- === 0) return v;
      last = v;
    }
    return last;
  }
};
function stream(g) {
  return new Stream(g);
}
var cloneMethod = /* @__PURE__ */ Symbol.for("fast-check/cloneMethod");
function hasCloneMethod(instance) {
  return instance !== null && (typeof instance === "object" || typeof instance === "function") && cloneMethod in instance && typeof instance[cloneMethod] === "function";
}
function cloneIfNeeded(instance) {
  return hasCloneMethod(instance) ? instance[cloneMethod]() : instance;
}
var safeObjectDefineProperty$4 = Object.defineProperty;
var Value = class {
  /**
  * @param value_ - Internal value of the shrinkable
  * @param context - Context associated to the generated value (useful for shrink)
  * @param customGetValue - Limited to internal usages (to ease migration to next), it will be removed on next major
  */
  constructor(value_, context4, customGetValue) {
    this.value_ = value_;
    this.context = context4;
    this.hasToBeCloned = customGetValue !== void 0 || hasCloneMethod(value_);
    this.readOnce = false;
    this.value = value_;
    if (this.hasToBeCloned) safeObjectDefineProperty$4(this, "value", {
      get: customGetValue !== void 0 ? customGetValue : this.getValue,
      enumerable: false,
      configurable: false
    });
  }
  /** @internal */
  getValue() {
    if (this.hasToBeCloned) {
      if (!this.readOnce) {
        this.readOnce = true;
        return this.value_;
      }
      return this.value_[cloneMethod]();
    }
    return this.value_;
  }
};
var Arbitrary = class {
  filter(refinement) {
    return new FilterArbitrary(this, refinement);
  }
  /**
  * Create another arbitrary by mapping all produced values using the provided `mapper`
  * Values produced by the new arbitrary are the result of applying `mapper` value by value
  *
  * @example
  * ```typescript
  * const rgbChannels: Arbitrary<{r:number,g:number,b:number}> = ...;
  * const color: Arbitrary<string> = rgbChannels.map(ch => `#${(ch.r*65536 + ch.g*256 + ch.b).toString(16).padStart(6, '0')}`);
  * // transform an Arbitrary producing {r,g,b} integers into an Arbitrary of '#rrggbb'
  * ```
  *
  * @param mapper - Map function, to produce a new element based on an old one
  * @param unmapper - Optional unmap function, it will never be used except when shrinking user defined values. Must throw if value is not compatible (since 3.0.0)
  * @returns New arbitrary with mapped elements
  *
  * @remarks Since 0.0.1
  */
  map(mapper, unmapper) {
    return new MapArbitrary(this, mapper, unmapper);
  }
  /**
  * Create another arbitrary by mapping a value from a base Arbirary using the provided `fmapper`
  * Values produced by the new arbitrary are the result of the arbitrary generated by applying `fmapper` to a value
  * @example
  * ```typescript
  * const arrayAndLimitArbitrary = fc.nat().chain((c: number) => fc.tuple( fc.array(fc.nat(c)), fc.constant(c)));
  * ```
  *
  * @param chainer - Chain function, to produce a new Arbitrary using a value from another Arbitrary
  * @returns New arbitrary of new type
  *
  * @remarks Since 1.2.0
  */
  chain(chainer) {
    return new ChainArbitrary(this, chainer);
  }
};
var ChainArbitrary = class extends Arbitrary {
  constructor(arb, chainer) {
    super();
    this.arb = arb;
    this.chainer = chainer;
  }
  generate(mrng, biasFactor) {
    const clonedMrng = mrng.clone();
    const src = this.arb.generate(mrng, biasFactor);
    return this.valueChainer(src, mrng, clonedMrng, biasFactor);
  }
  canShrinkWithoutContext(_value) {
    return false;
  }
  shrink(value, context4) {
    if (this.isSafeContext(context4)) return (!context4.stoppedForOriginal ? this.arb.shrink(context4.originalValue, context4.originalContext).map((v) => this.valueChainer(v, context4.clonedMrng.clone(), context4.clonedMrng, context4.originalBias)) : Stream.nil()).join(context4.chainedArbitrary.shrink(value, context4.chainedContext).map((dst) => {
      const newContext = {
        ...context4,
        chainedContext: dst.context,
        stoppedForOriginal: true
      };
      return new Value(dst.value_, newContext);
    }));
    return Stream.nil();
  }
  valueChainer(v, generateMrng, clonedMrng, biasFactor) {
    const chainedArbitrary = this.chainer(v.value_);
    const dst = chainedArbitrary.generate(generateMrng, biasFactor);
    const context4 = {
      originalBias: biasFactor,
      originalValue: v.value_,
      originalContext: v.context,
      stoppedForOriginal: false,
      chainedArbitrary,
      chainedContext: dst.context,
      clonedMrng
    };
    return new Value(dst.value_, context4);
  }
  isSafeContext(context4) {
    return context4 !== null && context4 !== void 0 && typeof context4 === "object" && "originalBias" in context4 && "originalValue" in context4 && "originalContext" in context4 && "stoppedForOriginal" in context4 && "chainedArbitrary" in context4 && "chainedContext" in context4 && "clonedMrng" in context4;
  }
};
function mapperWithCloneIfNeeded(v, mapper) {
  const sourceValue = v.value;
  const mappedValue = mapper(sourceValue);
  if (v.hasToBeCloned && (typeof mappedValue === "object" && mappedValue !== null || typeof mappedValue === "function") && Object.isExtensible(mappedValue) && !hasCloneMethod(mappedValue)) Object.defineProperty(mappedValue, cloneMethod, { get: () => () => mapperWithCloneIfNeeded(v, mapper)[0] });
  return [mappedValue, sourceValue];
}
function valueMapper(v, mapper) {
  const [mappedValue, sourceValue] = mapperWithCloneIfNeeded(v, mapper);
  return new Value(mappedValue, {
    originalValue: sourceValue,
    originalContext: v.context
  });
}
var MapArbitrary = class extends Arbitrary {
  constructor(arb, mapper, unmapper) {
    super();
    this.arb = arb;
    this.mapper = mapper;
    this.unmapper = unmapper;
    this.bindValueMapper = (v) => valueMapper(v, mapper);
  }
  generate(mrng, biasFactor) {
    const g = this.arb.generate(mrng, biasFactor);
    if (!g.hasToBeCloned) {
      const sourceValue = g.value;
      return new Value(this.mapper(sourceValue), {
        originalValue: sourceValue,
        originalContext: g.context
      });
    }
    return valueMapper(g, this.mapper);
  }
  canShrinkWithoutContext(value) {
    if (this.unmapper !== void 0) try {
      const unmapped = this.unmapper(value);
      return this.arb.canShrinkWithoutContext(unmapped);
    } catch {
      return false;
    }
    return false;
  }
  shrink(value, context4) {
    if (this.isSafeContext(context4)) return this.arb.shrink(context4.originalValue, context4.originalContext).map(this.bindValueMapper);
    if (this.unmapper !== void 0) {
      const unmapped = this.unmapper(value);
      return this.arb.shrink(unmapped, void 0).map(this.bindValueMapper);
    }
    return Stream.nil();
  }
  isSafeContext(context4) {
    return context4 !== null && context4 !== void 0 && typeof context4 === "object" && "originalValue" in context4 && "originalContext" in context4;
  }
};
var FilterArbitrary = class extends Arbitrary {
  constructor(arb, refinement) {
    super();
    this.arb = arb;
    this.refinement = refinement;
    this.bindRefinementOnValue = (v) => this.refinementOnValue(v);
  }
  generate(mrng, biasFactor) {
    while (true) {
      const g = this.arb.generate(mrng, biasFactor);
      if (this.refinementOnValue(g)) return g;
    }
  }
  canShrinkWithoutContext(value) {
    return this.arb.canShrinkWithoutContext(value) && this.refinement(value);
  }
  shrink(value, context4) {
    return this.arb.shrink(value, context4).filter(this.bindRefinementOnValue);
  }
  refinementOnValue(v) {
    return this.refinement(v.value);
  }
};
function isArbitrary(instance) {
  return typeof instance === "object" && instance !== null && "generate" in instance && "shrink" in instance && "canShrinkWithoutContext" in instance;
}
function assertIsArbitrary(instance) {
  if (!isArbitrary(instance)) throw new Error("Unexpected value received: not an instance of Arbitrary");
}
var untouchedApply = Function.prototype.apply;
var ApplySymbol = /* @__PURE__ */ Symbol("apply");
function safeExtractApply(f) {
  try {
    return f.apply;
  } catch {
    return;
  }
}
function safeApplyHacky(f, instance, args2) {
  const ff = f;
  ff[ApplySymbol] = untouchedApply;
  const out = ff[ApplySymbol](instance, args2);
  delete ff[ApplySymbol];
  return out;
}
function safeApply(f, instance, args2) {
  if (safeExtractApply(f) === untouchedApply) return f.apply(instance, args2);
  return safeApplyHacky(f, instance, args2);
}
var SArray = Array;
var SBigInt2 = BigInt;
var SBigInt64Array = BigInt64Array;
var SBigUint64Array = BigUint64Array;
var SBoolean = Boolean;
var SDate = Date;
var SError = Error;
var SFloat32Array = Float32Array;
var SFloat64Array = Float64Array;
var SInt8Array = Int8Array;
var SInt16Array = Int16Array;
var SInt32Array = Int32Array;
var SNumber = Number;
var SString = String;
var SSet = Set;
var SUint8Array = Uint8Array;
var SUint8ClampedArray = Uint8ClampedArray;
var SUint16Array = Uint16Array;
var SUint32Array = Uint32Array;
var SencodeURIComponent = encodeURIComponent;
var SMap$2 = Map;
var SSymbol = Symbol;
var untouchedForEach = Array.prototype.forEach;
var untouchedIndexOf = Array.prototype.indexOf;
var untouchedJoin = Array.prototype.join;
var untouchedMap = Array.prototype.map;
var untouchedFlat = Array.prototype.flat;
var untouchedFilter = Array.prototype.filter;
var untouchedPush = Array.prototype.push;
var untouchedPop = Array.prototype.pop;
var untouchedSplice = Array.prototype.splice;
var untouchedSlice = Array.prototype.slice;
var untouchedSort = Array.prototype.sort;
var untouchedEvery = Array.prototype.every;
function extractForEach(instance) {
  try {
    return instance.forEach;
  } catch {
    return;
  }
}
function extractIndexOf(instance) {
  try {
    return instance.indexOf;
  } catch {
    return;
  }
}
function extractJoin(instance) {
  try {
    return instance.join;
  } catch {
    return;
  }
}
function extractMap(instance) {
  try {
    return instance.map;
  } catch {
    return;
  }
}
function extractFlat(instance) {
  try {
    return instance.flat;
  } catch {
    return;
  }
}
function extractFilter(instance) {
  try {
    return instance.filter;
  } catch {
    return;
  }
}
function extractPush(instance) {
  try {
    return instance.push;
  } catch {
    return;
  }
}
function extractPop(instance) {
  try {
    return instance.pop;
  } catch {
    return;
  }
}
function extractSplice(instance) {
  try {
    return instance.splice;
  } catch {
    return;
  }
}
function extractSlice(instance) {
  try {
    return instance.slice;
  } catch {
    return;
  }
}
function extractSort(instance) {
  try {
    return instance.sort;
  } catch {
    return;
  }
}
function extractEvery(instance) {
  try {
    return instance.every;
  } catch {
    return;
  }
}
function safeForEach(instance, fn3) {
  if (extractForEach(instance) === untouchedForEach) return instance.forEach(fn3);
  return safeApply(untouchedForEach, instance, [fn3]);
}
function safeIndexOf(instance, ...args2) {
  if (extractIndexOf(instance) === untouchedIndexOf) return instance.indexOf(...args2);
  return safeApply(untouchedIndexOf, instance, args2);
}
function safeJoin(instance, ...args2) {
  if (extractJoin(instance) === untouchedJoin) return instance.join(...args2);
  return safeApply(untouchedJoin, instance, args2);
}
function safeMap(instance, fn3) {
  if (extractMap(instance) === untouchedMap) return instance.map(fn3);
  return safeApply(untouchedMap, instance, [fn3]);
}
function safeFlat(instance, depth) {
  if (extractFlat(instance) === untouchedFlat) {
    [].flat();
    return instance.flat(depth);
  }
  return safeApply(untouchedFlat, instance, [depth]);
}
function safeFilter(instance, predicate) {
  if (extractFilter(instance) === untouchedFilter) return instance.filter(predicate);
  return safeApply(untouchedFilter, instance, [predicate]);
}
function safePush(instance, ...args2) {
  if (extractPush(instance) === untouchedPush) return instance.push(...args2);
  return safeApply(untouchedPush, instance, args2);
}
function safePop$1(instance) {
  if (extractPop(instance) === untouchedPop) return instance.pop();
  return safeApply(untouchedPop, instance, []);
}
function safeSplice(instance, ...args2) {
  if (extractSplice(instance) === untouchedSplice) return instance.splice(...args2);
  return safeApply(untouchedSplice, instance, args2);
}
function safeSlice(instance, ...args2) {
  if (extractSlice(instance) === untouchedSlice) return instance.slice(...args2);
  return safeApply(untouchedSlice, instance, args2);
}
function safeSort(instance, ...args2) {
  if (extractSort(instance) === untouchedSort) return instance.sort(...args2);
  return safeApply(untouchedSort, instance, args2);
}
function safeEvery(instance, ...args2) {
  if (extractEvery(instance) === untouchedEvery) return instance.every(...args2);
  return safeApply(untouchedEvery, instance, args2);
}
var untouchedGetTime = Date.prototype.getTime;
var untouchedToISOString = Date.prototype.toISOString;
function extractGetTime(instance) {
  try {
    return instance.getTime;
  } catch {
    return;
  }
}
function extractToISOString(instance) {
  try {
    return instance.toISOString;
  } catch {
    return;
  }
}
function safeGetTime(instance) {
  if (extractGetTime(instance) === untouchedGetTime) return instance.getTime();
  return safeApply(untouchedGetTime, instance, []);
}
function safeToISOString(instance) {
  if (extractToISOString(instance) === untouchedToISOString) return instance.toISOString();
  return safeApply(untouchedToISOString, instance, []);
}
var untouchedAdd = Set.prototype.add;
var untouchedHas = Set.prototype.has;
function extractAdd(instance) {
  try {
    return instance.add;
  } catch {
    return;
  }
}
function extractHas(instance) {
  try {
    return instance.has;
  } catch (err) {
    return;
  }
}
function safeAdd(instance, value) {
  if (extractAdd(instance) === untouchedAdd) return instance.add(value);
  return safeApply(untouchedAdd, instance, [value]);
}
function safeHas(instance, value) {
  if (extractHas(instance) === untouchedHas) return instance.has(value);
  return safeApply(untouchedHas, instance, [value]);
}
var untouchedSet = WeakMap.prototype.set;
var untouchedGet = WeakMap.prototype.get;
function extractSet(instance) {
  try {
    return instance.set;
  } catch (err) {
    return;
  }
}
function extractGet(instance) {
  try {
    return instance.get;
  } catch (err) {
    return;
  }
}
function safeSet(instance, key, value) {
  if (extractSet(instance) === untouchedSet) return instance.set(key, value);
  return safeApply(untouchedSet, instance, [key, value]);
}
function safeGet(instance, key) {
  if (extractGet(instance) === untouchedGet) return instance.get(key);
  return safeApply(untouchedGet, instance, [key]);
}
var untouchedMapSet = Map.prototype.set;
var untouchedMapGet = Map.prototype.get;
var untouchedMapHas = Map.prototype.has;
function extractMapSet(instance) {
  try {
    return instance.set;
  } catch (err) {
    return;
  }
}
function extractMapGet(instance) {
  try {
    return instance.get;
  } catch (err) {
    return;
  }
}
function extractMapHas(instance) {
  try {
    return instance.has;
  } catch (err) {
    return;
  }
}
function safeMapSet(instance, key, value) {
  if (extractMapSet(instance) === untouchedMapSet) return instance.set(key, value);
  return safeApply(untouchedMapSet, instance, [key, value]);
}
function safeMapGet(instance, key) {
  if (extractMapGet(instance) === untouchedMapGet) return instance.get(key);
  return safeApply(untouchedMapGet, instance, [key]);
}
function safeMapHas(instance, key) {
  if (extractMapHas(instance) === untouchedMapHas) return instance.has(key);
  return safeApply(untouchedMapHas, instance, [key]);
}
var untouchedSplit = String.prototype.split;
var untouchedStartsWith = String.prototype.startsWith;
var untouchedEndsWith = String.prototype.endsWith;
var untouchedSubstring = String.prototype.substring;
var untouchedToLowerCase = String.prototype.toLowerCase;
var untouchedToUpperCase = String.prototype.toUpperCase;
var untouchedPadStart = String.prototype.padStart;
var untouchedCharCodeAt = String.prototype.charCodeAt;
var untouchedNormalize = String.prototype.normalize;
var untouchedReplace = String.prototype.replace;
function extractSplit(instance) {
  try {
    return instance.split;
  } catch {
    return;
  }
}
function extractStartsWith(instance) {
  try {
    return instance.startsWith;
  } catch {
    return;
  }
}
function extractEndsWith(instance) {
  try {
    return instance.endsWith;
  } catch {
    return;
  }
}
function extractSubstring(instance) {
  try {
    return instance.substring;
  } catch {
    return;
  }
}
function extractToLowerCase(instance) {
  try {
    return instance.toLowerCase;
  } catch {
    return;
  }
}
function extractToUpperCase(instance) {
  try {
    return instance.toUpperCase;
  } catch {
    return;
  }
}
function extractPadStart(instance) {
  try {
    return instance.padStart;
  } catch {
    return;
  }
}
function extractCharCodeAt(instance) {
  try {
    return instance.charCodeAt;
  } catch {
    return;
  }
}
function extractNormalize(instance) {
  try {
    return instance.normalize;
  } catch (err) {
    return;
  }
}
function extractReplace(instance) {
  try {
    return instance.replace;
  } catch {
    return;
  }
}
function safeSplit(instance, ...args2) {
  if (extractSplit(instance) === untouchedSplit) return instance.split(...args2);
  return safeApply(untouchedSplit, instance, args2);
}
function safeStartsWith(instance, ...args2) {
  if (extractStartsWith(instance) === untouchedStartsWith) return instance.startsWith(...args2);
  return safeApply(untouchedStartsWith, instance, args2);
}
function safeEndsWith(instance, ...args2) {
  if (extractEndsWith(instance) === untouchedEndsWith) return instance.endsWith(...args2);
  return safeApply(untouchedEndsWith, instance, args2);
}
function safeSubstring(instance, ...args2) {
  if (extractSubstring(instance) === untouchedSubstring) return instance.substring(...args2);
  return safeApply(untouchedSubstring, instance, args2);
}
function safeToLowerCase(instance) {
  if (extractToLowerCase(instance) === untouchedToLowerCase) return instance.toLowerCase();
  return safeApply(untouchedToLowerCase, instance, []);
}
function safeToUpperCase(instance) {
  if (extractToUpperCase(instance) === untouchedToUpperCase) return instance.toUpperCase();
  return safeApply(untouchedToUpperCase, instance, []);
}
function safePadStart(instance, ...args2) {
  if (extractPadStart(instance) === untouchedPadStart) return instance.padStart(...args2);
  return safeApply(untouchedPadStart, instance, args2);
}
function safeCharCodeAt(instance, index) {
  if (extractCharCodeAt(instance) === untouchedCharCodeAt) return instance.charCodeAt(index);
  return safeApply(untouchedCharCodeAt, instance, [index]);
}
function safeNormalize(instance, form) {
  if (extractNormalize(instance) === untouchedNormalize) return instance.normalize(form);
  return safeApply(untouchedNormalize, instance, [form]);
}
function safeReplace(instance, pattern, replacement) {
  if (extractReplace(instance) === untouchedReplace) return instance.replace(pattern, replacement);
  return safeApply(untouchedReplace, instance, [pattern, replacement]);
}
var untouchedNumberToString = Number.prototype.toString;
function extractNumberToString(instance) {
  try {
    return instance.toString;
  } catch {
    return;
  }
}
function safeNumberToString(instance, ...args2) {
  if (extractNumberToString(instance) === untouchedNumberToString) return instance.toString(...args2);
  return safeApply(untouchedNumberToString, instance, args2);
}
var untouchedHasOwnProperty = Object.prototype.hasOwnProperty;
var untouchedToString = Object.prototype.toString;
function safeHasOwnProperty(instance, v) {
  return safeApply(untouchedHasOwnProperty, instance, [v]);
}
function safeToString(instance) {
  return safeApply(untouchedToString, instance, []);
}
var untouchedErrorToString = Error.prototype.toString;
function safeErrorToString(instance) {
  return safeApply(untouchedErrorToString, instance, []);
}
var LazyIterableIterator = class {
  constructor(producer) {
    this.producer = producer;
  }
  [Symbol.iterator]() {
    if (this.it === void 0) this.it = this.producer();
    return this.it;
  }
  next() {
    if (this.it === void 0) this.it = this.producer();
    return this.it.next();
  }
};
function makeLazy(producer) {
  return new LazyIterableIterator(producer);
}
var safeArrayIsArray$4 = Array.isArray;
var safeObjectDefineProperty$3 = Object.defineProperty;
function tupleMakeItCloneable(vs, ctxs, values) {
  return safeObjectDefineProperty$3(vs, cloneMethod, { value: () => {
    const cloned = [];
    for (let idx = 0; idx !== values.length; ++idx) {
      let current = values[idx];
      if (current === void 0) current = new Value(vs[idx], ctxs[idx]);
      safePush(cloned, current.value);
    }
    tupleMakeItCloneable(cloned, ctxs, values);
    return cloned;
  } });
}
function tupleShrink(arbs, value, context4) {
  const shrinks = [];
  const safeContext = safeArrayIsArray$4(context4) ? context4 : [];
  for (let idx = 0; idx !== arbs.length; ++idx) safePush(shrinks, makeLazy(() => arbs[idx].shrink(value[idx], safeContext[idx]).map((v) => {
    let cloneable = false;
    const vs = [];
    const ctxs = [];
    const mapped = [];
    for (let nestedIdx = 0; nestedIdx !== arbs.length; ++nestedIdx) {
      const nestedV = nestedIdx === idx ? v : new Value(cloneIfNeeded(value[nestedIdx]), safeContext[nestedIdx]);
      if (nestedV.hasToBeCloned) {
        cloneable = true;
        mapped[nestedIdx] = nestedV;
      }
      safePush(vs, nestedV.value);
      safePush(ctxs, nestedV.context);
    }
    if (cloneable) tupleMakeItCloneable(vs, ctxs, mapped);
    return new Value(vs, ctxs);
  })));
  return Stream.nil().join(...shrinks);
}
var TupleArbitrary = class extends Arbitrary {
  constructor(arbs) {
    super();
    this.arbs = arbs;
    for (let idx = 0; idx !== arbs.length; ++idx) {
      const arb = arbs[idx];
      if (arb === null || arb === void 0 || arb.generate === null || arb.generate === void 0) throw new Error(`Invalid parameter encountered at index ${idx}: expecting an Arbitrary`);
    }
  }
  generate(mrng, biasFactor) {
    let cloneable = false;
    const vs = [];
    const ctxs = [];
    const mapped = [];
    for (let idx = 0; idx !== this.arbs.length; ++idx) {
      const v = this.arbs[idx].generate(mrng, biasFactor);
      if (v.hasToBeCloned) {
        cloneable = true;
        mapped[idx] = v;
      }
      safePush(vs, v.value);
      safePush(ctxs, v.context);
    }
    if (cloneable) tupleMakeItCloneable(vs, ctxs, mapped);
    return new Value(vs, ctxs);
  }
  canShrinkWithoutContext(value) {
    if (!safeArrayIsArray$4(value) || value.length !== this.arbs.length) return false;
    for (let index = 0; index !== this.arbs.length; ++index) if (!this.arbs[index].canShrinkWithoutContext(value[index])) return false;
    return true;
  }
  shrink(value, context4) {
    return tupleShrink(this.arbs, value, context4);
  }
};
function tuple(...arbs) {
  return new TupleArbitrary(arbs);
}
var safeMathLog$3 = Math.log;
function runIdToFrequency(runId) {
  return 2 + ~~(safeMathLog$3(runId + 1) * 0.4342944819032518);
}
var globalParameters = {};
function configureGlobal(parameters) {
  globalParameters = parameters;
}
function readConfigureGlobal() {
  return globalParameters;
}
function resetConfigureGlobal() {
  globalParameters = {};
}
var UndefinedContextPlaceholder = /* @__PURE__ */ Symbol("UndefinedContextPlaceholder");
function noUndefinedAsContext(value) {
  if (value.context !== void 0) return value;
  if (value.hasToBeCloned) return new Value(value.value_, UndefinedContextPlaceholder, () => value.value);
  return new Value(value.value_, UndefinedContextPlaceholder);
}
var dummyHook$1 = () => {
};
var AsyncProperty = class {
  constructor(arb, predicate) {
    this.arb = arb;
    this.predicate = predicate;
    const { asyncBeforeEach, asyncAfterEach, beforeEach: beforeEach2, afterEach: afterEach2 } = readConfigureGlobal() || {};
    if (asyncBeforeEach !== void 0 && beforeEach2 !== void 0) throw SError(`Global "asyncBeforeEach" and "beforeEach" parameters can't be set at the same time when running async properties`);
    if (asyncAfterEach !== void 0 && afterEach2 !== void 0) throw SError(`Global "asyncAfterEach" and "afterEach" parameters can't be set at the same time when running async properties`);
    this.beforeEachHook = asyncBeforeEach || beforeEach2 || dummyHook$1;
    this.afterEachHook = asyncAfterEach || afterEach2 || dummyHook$1;
  }
  isAsync() {
    return true;
  }
  generate(mrng, runId) {
    return noUndefinedAsContext(this.arb.generate(mrng, runId !== void 0 ? runIdToFrequency(runId) : void 0));
  }
  shrink(value) {
    if (value.context === void 0 && !this.arb.canShrinkWithoutContext(value.value_)) return Stream.nil();
    const safeContext = value.context !== UndefinedContextPlaceholder ? value.context : void 0;
    return this.arb.shrink(value.value_, safeContext).map(noUndefinedAsContext);
  }
  async runBeforeEach() {
    await this.beforeEachHook();
  }
  async runAfterEach() {
    await this.afterEachHook();
  }
  async run(v) {
    try {
      const output = await this.predicate(v);
      return output === void 0 || output === true ? null : { error: new SError("Property failed by returning false") };
    } catch (err) {
      if (PreconditionFailure.isFailure(err)) return err;
      return { error: err };
    }
  }
  /**
  * Define a function that should be called before all calls to the predicate
  * @param hookFunction - Function to be called
  * @deprecated Prefer the life-cycle plugins: `fc.assert(property, { plugins: [fc.beforeEach(fn)] })`
  */
  beforeEach(hookFunction) {
    const previousBeforeEachHook = this.beforeEachHook;
    this.beforeEachHook = () => hookFunction(previousBeforeEachHook);
    return this;
  }
  /**
  * Define a function that should be called after all calls to the predicate
  * @param hookFunction - Function to be called
  * @deprecated Prefer the life-cycle plugins: `fc.assert(property, { plugins: [fc.afterEach(fn)] })`
  */
  afterEach(hookFunction) {
    const previousAfterEachHook = this.afterEachHook;
    this.afterEachHook = () => hookFunction(previousAfterEachHook);
    return this;
  }
};
var AlwaysShrinkableArbitrary = class extends Arbitrary {
  constructor(arb) {
    super();
    this.arb = arb;
  }
  generate(mrng, biasFactor) {
    return noUndefinedAsContext(this.arb.generate(mrng, biasFactor));
  }
  canShrinkWithoutContext(_value) {
    return true;
  }
  shrink(value, context4) {
    if (context4 === void 0 && !this.arb.canShrinkWithoutContext(value)) return Stream.nil();
    const safeContext = context4 !== UndefinedContextPlaceholder ? context4 : void 0;
    return this.arb.shrink(value, safeContext).map(noUndefinedAsContext);
  }
};
function asyncProperty(...args2) {
  if (args2.length < 2) throw new Error("asyncProperty expects at least two parameters");
  const arbs = safeSlice(args2, 0, args2.length - 1);
  const p = args2[args2.length - 1];
  safeForEach(arbs, assertIsArbitrary);
  return new AsyncProperty(tuple(...safeMap(arbs, (arb) => new AlwaysShrinkableArbitrary(arb))), (t) => p(...t));
}
var dummyHook = () => {
};
var Property = class {
  constructor(arb, predicate) {
    this.arb = arb;
    this.predicate = predicate;
    const { beforeEach: beforeEach2 = dummyHook, afterEach: afterEach2 = dummyHook, asyncBeforeEach, asyncAfterEach } = readConfigureGlobal() || {};
    if (asyncBeforeEach !== void 0) throw SError(`"asyncBeforeEach" can't be set when running synchronous properties`);
    if (asyncAfterEach !== void 0) throw SError(`"asyncAfterEach" can't be set when running synchronous properties`);
    this.beforeEachHook = beforeEach2;
    this.afterEachHook = afterEach2;
  }
  isAsync() {
    return false;
  }
  generate(mrng, runId) {
    return noUndefinedAsContext(this.arb.generate(mrng, runId !== void 0 ? runIdToFrequency(runId) : void 0));
  }
  shrink(value) {
    if (value.context === void 0 && !this.arb.canShrinkWithoutContext(value.value_)) return Stream.nil();
    const safeContext = value.context !== UndefinedContextPlaceholder ? value.context : void 0;
    return this.arb.shrink(value.value_, safeContext).map(noUndefinedAsContext);
  }
  runBeforeEach() {
    this.beforeEachHook();
  }
  runAfterEach() {
    this.afterEachHook();
  }
  run(v) {
    try {
      const output = this.predicate(v);
      return output === void 0 || output === true ? null : { error: new SError("Property failed by returning false") };
    } catch (err) {
      if (PreconditionFailure.isFailure(err)) return err;
      return { error: err };
    }
  }
  beforeEach(hookFunction) {
    const previousBeforeEachHook = this.beforeEachHook;
    this.beforeEachHook = () => hookFunction(previousBeforeEachHook);
    return this;
  }
  afterEach(hookFunction) {
    const previousAfterEachHook = this.afterEachHook;
    this.afterEachHook = () => hookFunction(previousAfterEachHook);
    return this;
  }
};
function property(...args2) {
  if (args2.length < 2) throw new Error("property expects at least two parameters");
  const arbs = safeSlice(args2, 0, args2.length - 1);
  const p = args2[args2.length - 1];
  safeForEach(arbs, assertIsArbitrary);
  return new Property(tuple(...safeMap(arbs, (arb) => new AlwaysShrinkableArbitrary(arb))), (t) => p(...t));
}
var VerbosityLevel = /* @__PURE__ */ (function(VerbosityLevel2) {
  VerbosityLevel2[VerbosityLevel2["None"] = 0] = "None";
  VerbosityLevel2[VerbosityLevel2["Verbose"] = 1] = "Verbose";
  VerbosityLevel2[VerbosityLevel2["VeryVerbose"] = 2] = "VeryVerbose";
  return VerbosityLevel2;
})({});
function adaptRandomGeneratorTo8x(rng) {
  if ("unsafeNext" in rng) {
    if (rng.unsafeJump === void 0) return {
      clone: () => adaptRandomGeneratorTo8x(rng),
      next: () => rng.unsafeNext(),
      getState: () => rng.getState()
    };
    return {
      clone: () => adaptRandomGeneratorTo8x(rng),
      next: () => rng.unsafeNext(),
      jump: () => rng.unsafeJump(),
      getState: () => rng.getState()
    };
  }
  return rng;
}
function adaptRandomGeneratorToInternal(rng) {
  if ("jump" in rng && typeof rng.jump === "function") return rng;
  return {
    clone: () => adaptRandomGeneratorToInternal(rng),
    next: () => rng.next(),
    jump: () => skipN(rng, 42),
    getState: () => rng.getState()
  };
}
function adaptRandomGenerator(rng) {
  return adaptRandomGeneratorToInternal(adaptRandomGeneratorTo8x(rng));
}
var safeDateNow$1 = Date.now;
var safeMathMin$6 = Math.min;
var safeMathRandom = Math.random;
var QualifiedParameters = class {
  constructor(op) {
    const p = op || {};
    this.seed = readSeed(p);
    this.randomType = readRandomType(p);
    this.numRuns = readNumRuns(p);
    this.verbose = readVerbose(p);
    this.maxSkipsPerRun = p.maxSkipsPerRun !== void 0 ? p.maxSkipsPerRun : 100;
    this.timeout = safeTimeout(p.timeout);
    this.skipAllAfterTimeLimit = safeTimeout(p.skipAllAfterTimeLimit);
    this.interruptAfterTimeLimit = safeTimeout(p.interruptAfterTimeLimit);
    this.markInterruptAsFailure = p.markInterruptAsFailure === true;
    this.skipEqualValues = p.skipEqualValues === true;
    this.ignoreEqualValues = p.ignoreEqualValues === true;
    this.logger = p.logger !== void 0 ? p.logger : (v) => {
      console.log(v);
    };
    this.path = p.path !== void 0 ? p.path : "";
    this.unbiased = p.unbiased === true;
    this.examples = p.examples !== void 0 ? p.examples : [];
    this.endOnFailure = p.endOnFailure === true;
    this.reporter = p.reporter;
    this.asyncReporter = p.asyncReporter;
    this.includeErrorInReport = p.includeErrorInReport === true;
    this.plugins = p.plugins !== void 0 ? p.plugins : [];
  }
  toParameters() {
    return {
      seed: this.seed,
      randomType: this.randomType,
      numRuns: this.numRuns,
      maxSkipsPerRun: this.maxSkipsPerRun,
      timeout: this.timeout,
      skipAllAfterTimeLimit: this.skipAllAfterTimeLimit,
      interruptAfterTimeLimit: this.interruptAfterTimeLimit,
      markInterruptAsFailure: this.markInterruptAsFailure,
      skipEqualValues: this.skipEqualValues,
      ignoreEqualValues: this.ignoreEqualValues,
      path: this.path,
      logger: this.logger,
      unbiased: this.unbiased,
      verbose: this.verbose,
      examples: this.examples,
      endOnFailure: this.endOnFailure,
      reporter: this.reporter,
      asyncReporter: this.asyncReporter,
      includeErrorInReport: this.includeErrorInReport,
      plugins: this.plugins
    };
  }
};
function createQualifiedRandomGenerator(random3) {
  return (seed) => {
    return adaptRandomGenerator(random3(seed));
  };
}
function readSeed(p) {
  if (p.seed === void 0) return safeDateNow$1() ^ safeMathRandom() * 4294967296;
  const seed32 = p.seed | 0;
  if (p.seed === seed32) return seed32;
  return seed32 ^ (p.seed - seed32) * 4294967296;
}
function readRandomType(p) {
  if (p.randomType === void 0) return xorshift128plus;
  if (typeof p.randomType === "string") switch (p.randomType) {
    case "mersenne":
      return createQualifiedRandomGenerator(mersenne);
    case "congruential":
    case "congruential32":
      return createQualifiedRandomGenerator(congruential32);
    case "xorshift128plus":
      return xorshift128plus;
    case "xoroshiro128plus":
      return xoroshiro128plus;
    default:
      throw new Error(`Invalid random specified: '${p.randomType}'`);
  }
  const mrng = p.randomType(0);
  if ("min" in mrng && mrng.min !== -2147483648) throw new Error(`Invalid random number generator: min must equal -0x80000000, got ${String(mrng.min)}`);
  if ("max" in mrng && mrng.max !== 2147483647) throw new Error(`Invalid random number generator: max must equal 0x7fffffff, got ${String(mrng.max)}`);
  if (mrng === adaptRandomGenerator(mrng)) return p.randomType;
  return createQualifiedRandomGenerator(p.randomType);
}
function readNumRuns(p) {
  const defaultValue = 100;
  if (p.numRuns !== void 0) return p.numRuns;
  if (p.num_runs !== void 0) return p.num_runs;
  return defaultValue;
}
function readVerbose(p) {
  if (p.verbose === void 0) return 0;
  if (typeof p.verbose === "boolean") return p.verbose === true ? 1 : 0;
  if (p.verbose <= 0) return 0;
  if (p.verbose >= 2) return 2;
  return p.verbose | 0;
}
function safeTimeout(value) {
  if (value === void 0) return;
  return safeMathMin$6(value, 2147483647);
}
function read(op) {
  return new QualifiedParameters(op);
}
function interruptAfter(timeMs, setTimeoutSafe, clearTimeoutSafe) {
  let timeoutHandle = null;
  return {
    clear: () => clearTimeoutSafe(timeoutHandle),
    promise: new Promise((resolve) => {
      timeoutHandle = setTimeoutSafe(() => {
        resolve(new PreconditionFailure(true));
      }, timeMs);
    })
  };
}
var SkipAfterProperty = class {
  constructor(property2, getTime, timeLimit, interruptExecution, setTimeoutSafe, clearTimeoutSafe) {
    this.property = property2;
    this.getTime = getTime;
    this.interruptExecution = interruptExecution;
    this.setTimeoutSafe = setTimeoutSafe;
    this.clearTimeoutSafe = clearTimeoutSafe;
    this.skipAfterTime = this.getTime() + timeLimit;
  }
  isAsync() {
    return this.property.isAsync();
  }
  generate(mrng, runId) {
    return this.property.generate(mrng, runId);
  }
  shrink(value) {
    return this.property.shrink(value);
  }
  run(v) {
    const remainingTime = this.skipAfterTime - this.getTime();
    if (remainingTime <= 0) {
      const preconditionFailure = new PreconditionFailure(this.interruptExecution);
      if (this.isAsync()) return Promise.resolve(preconditionFailure);
      else return preconditionFailure;
    }
    if (this.interruptExecution && this.isAsync()) {
      const t = interruptAfter(remainingTime, this.setTimeoutSafe, this.clearTimeoutSafe);
      const propRun = Promise.race([this.property.run(v), t.promise]);
      propRun.then(t.clear, t.clear);
      return propRun;
    }
    return this.property.run(v);
  }
  runBeforeEach() {
    return this.property.runBeforeEach();
  }
  runAfterEach() {
    return this.property.runAfterEach();
  }
};
var timeoutAfter$1 = (timeMs, setTimeoutSafe, clearTimeoutSafe) => {
  let timeoutHandle = null;
  return {
    clear: () => clearTimeoutSafe(timeoutHandle),
    promise: new Promise((resolve) => {
      timeoutHandle = setTimeoutSafe(() => {
        resolve({ error: new SError(`Property timeout: exceeded limit of ${timeMs} milliseconds`) });
      }, timeMs);
    })
  };
};
var TimeoutProperty = class {
  constructor(property2, timeMs, setTimeoutSafe, clearTimeoutSafe) {
    this.property = property2;
    this.timeMs = timeMs;
    this.setTimeoutSafe = setTimeoutSafe;
    this.clearTimeoutSafe = clearTimeoutSafe;
  }
  isAsync() {
    return true;
  }
  generate(mrng, runId) {
    return this.property.generate(mrng, runId);
  }
  shrink(value) {
    return this.property.shrink(value);
  }
  async run(v) {
    const t = timeoutAfter$1(this.timeMs, this.setTimeoutSafe, this.clearTimeoutSafe);
    const propRun = Promise.race([this.property.run(v), t.promise]);
    propRun.then(t.clear, t.clear);
    return propRun;
  }
  runBeforeEach() {
    return Promise.resolve(this.property.runBeforeEach());
  }
  runAfterEach() {
    return Promise.resolve(this.property.runAfterEach());
  }
};
var UnbiasedProperty = class {
  constructor(property2) {
    this.property = property2;
  }
  isAsync() {
    return this.property.isAsync();
  }
  generate(mrng, _runId) {
    return this.property.generate(mrng, void 0);
  }
  shrink(value) {
    return this.property.shrink(value);
  }
  run(v) {
    return this.property.run(v);
  }
  runBeforeEach() {
    return this.property.runBeforeEach();
  }
  runAfterEach() {
    return this.property.runAfterEach();
  }
};
var safeArrayFrom = Array.from;
var safeBufferIsBuffer = typeof Buffer !== "undefined" ? Buffer.isBuffer : void 0;
var safeJsonStringify$1 = JSON.stringify;
var safeNumberIsNaN$5 = Number.isNaN;
var safeObjectKeys$5 = Object.keys;
var safeObjectGetOwnPropertySymbols$2 = Object.getOwnPropertySymbols;
var safeObjectGetOwnPropertyDescriptor$3 = Object.getOwnPropertyDescriptor;
var safeObjectGetPrototypeOf$2 = Object.getPrototypeOf;
var safeNegativeInfinity$7 = Number.NEGATIVE_INFINITY;
var safePositiveInfinity$8 = Number.POSITIVE_INFINITY;
var toStringMethod = /* @__PURE__ */ Symbol.for("fast-check/toStringMethod");
function hasToStringMethod(instance) {
  return instance !== null && (typeof instance === "object" || typeof instance === "function") && toStringMethod in instance && typeof instance[toStringMethod] === "function";
}
var asyncToStringMethod = /* @__PURE__ */ Symbol.for("fast-check/asyncToStringMethod");
function hasAsyncToStringMethod(instance) {
  return instance !== null && (typeof instance === "object" || typeof instance === "function") && asyncToStringMethod in instance && typeof instance[asyncToStringMethod] === "function";
}
var findSymbolNameRegex = /^Symbol\((.*)\)$/;
function getSymbolDescription(s) {
  if (s.description !== void 0) return s.description;
  const m = findSymbolNameRegex.exec(SString(s));
  return m && m[1].length ? m[1] : null;
}
function stringifyNumber(numValue) {
  switch (numValue) {
    case 0:
      return 1 / numValue === safeNegativeInfinity$7 ? "-0" : "0";
    case safeNegativeInfinity$7:
      return "Number.NEGATIVE_INFINITY";
    case safePositiveInfinity$8:
      return "Number.POSITIVE_INFINITY";
    default:
      return numValue === numValue ? SString(numValue) : "Number.NaN";
  }
}
function isSparseArray(arr) {
  let previousNumberedIndex = -1;
  for (const index in arr) {
    const numberedIndex = Number(index);
    if (numberedIndex !== previousNumberedIndex + 1) return true;
    previousNumberedIndex = numberedIndex;
  }
  return previousNumberedIndex + 1 !== arr.length;
}
function stringifyInternal(value, previousValues, getAsyncContent) {
  const currentValues = [...previousValues, value];
  if (typeof value === "object") {
    if (safeIndexOf(previousValues, value) !== -1) return "[cyclic]";
  }
  if (hasAsyncToStringMethod(value)) {
    const content = getAsyncContent(value);
    if (content.state === "fulfilled") return content.value;
  }
  if (hasToStringMethod(value)) try {
    return value[toStringMethod]();
  } catch {
  }
  switch (safeToString(value)) {
    case "[object Array]": {
      const arr = value;
      if (arr.length >= 50 && isSparseArray(arr)) {
        const assignments = [];
        for (const index in arr) if (!safeNumberIsNaN$5(Number(index))) safePush(assignments, `${index}:${stringifyInternal(arr[index], currentValues, getAsyncContent)}`);
        return assignments.length !== 0 ? `Object.assign(Array(${arr.length}),{${safeJoin(assignments, ",")}})` : `Array(${arr.length})`;
      }
      const stringifiedArray = safeJoin(safeMap(arr, (v) => stringifyInternal(v, currentValues, getAsyncContent)), ",");
      return arr.length === 0 || arr.length - 1 in arr ? `[${stringifiedArray}]` : `[${stringifiedArray},]`;
    }
    case "[object BigInt]":
      return `${value}n`;
    case "[object Boolean]": {
      const unboxedToString = value == true ? "true" : "false";
      return typeof value === "boolean" ? unboxedToString : `new Boolean(${unboxedToString})`;
    }
    case "[object Date]": {
      const d = value;
      return safeNumberIsNaN$5(safeGetTime(d)) ? `new Date(NaN)` : `new Date(${safeJsonStringify$1(safeToISOString(d))})`;
    }
    case "[object Map]":
      return `new Map(${stringifyInternal(Array.from(value), currentValues, getAsyncContent)})`;
    case "[object Null]":
      return `null`;
    case "[object Number]":
      return typeof value === "number" ? stringifyNumber(value) : `new Number(${stringifyNumber(Number(value))})`;
    case "[object Object]": {
      try {
        const toStringAccessor = value.toString;
        if (typeof toStringAccessor === "function" && toStringAccessor !== Object.prototype.toString) return value.toString();
      } catch {
        return "[object Object]";
      }
      const mapper = (k) => `${k === "__proto__" ? '["__proto__"]' : typeof k === "symbol" ? `[${stringifyInternal(k, currentValues, getAsyncContent)}]` : safeJsonStringify$1(k)}:${stringifyInternal(value[k], currentValues, getAsyncContent)}`;
      return "{" + safeJoin([
        ...safeObjectGetPrototypeOf$2(value) === null ? ["__proto__:null"] : [],
        ...safeMap(safeObjectKeys$5(value), mapper),
        ...safeMap(safeFilter(safeObjectGetOwnPropertySymbols$2(value), (s) => {
          const descriptor = safeObjectGetOwnPropertyDescriptor$3(value, s);
          return descriptor && descriptor.enumerable;
        }), mapper)
      ], ",") + "}";
    }
    case "[object Set]":
      return `new Set(${stringifyInternal(Array.from(value), currentValues, getAsyncContent)})`;
    case "[object String]":
      return typeof value === "string" ? safeJsonStringify$1(value) : `new String(${safeJsonStringify$1(value)})`;
    case "[object Symbol]": {
      const s = value;
      if (SSymbol.keyFor(s) !== void 0) return `Symbol.for(${safeJsonStringify$1(SSymbol.keyFor(s))})`;
      const desc = getSymbolDescription(s);
      if (desc === null) return "Symbol()";
      return s === (desc.startsWith("Symbol.") && SSymbol[desc.substring(7)]) ? desc : `Symbol(${safeJsonStringify$1(desc)})`;
    }
    case "[object Promise]": {
      const promiseContent = getAsyncContent(value);
      switch (promiseContent.state) {
        case "fulfilled":
          return `Promise.resolve(${stringifyInternal(promiseContent.value, currentValues, getAsyncContent)})`;
        case "rejected":
          return `Promise.reject(${stringifyInternal(promiseContent.value, currentValues, getAsyncContent)})`;
        case "pending":
          return `new Promise(() => {/*pending*/})`;
        default:
          return `new Promise(() => {/*unknown*/})`;
      }
    }
    case "[object Error]":
      if (value instanceof Error) return `new Error(${stringifyInternal(value.message, currentValues, getAsyncContent)})`;
      break;
    case "[object Undefined]":
      return `undefined`;
    case "[object Int8Array]":
    case "[object Uint8Array]":
    case "[object Uint8ClampedArray]":
    case "[object Int16Array]":
    case "[object Uint16Array]":
    case "[object Int32Array]":
    case "[object Uint32Array]":
    case "[object Float32Array]":
    case "[object Float64Array]":
    case "[object BigInt64Array]":
    case "[object BigUint64Array]": {
      if (typeof safeBufferIsBuffer === "function" && safeBufferIsBuffer(value)) return `Buffer.from(${value.buffer.detached ? "/*detached ArrayBuffer*/" : stringifyInternal(safeArrayFrom(value.values()), currentValues, getAsyncContent)})`;
      const valuePrototype = safeObjectGetPrototypeOf$2(value);
      const className = valuePrototype && valuePrototype.constructor && valuePrototype.constructor.name;
      if (typeof className === "string") {
        const typedArray2 = value;
        if (typedArray2.buffer.detached) return `${className}.from(/*detached ArrayBuffer*/)`;
        const valuesFromTypedArr = typedArray2.values();
        return `${className}.from(${stringifyInternal(safeArrayFrom(valuesFromTypedArr), currentValues, getAsyncContent)})`;
      }
      break;
    }
  }
  try {
    return value.toString();
  } catch {
    return safeToString(value);
  }
}
function stringify(value) {
  return stringifyInternal(value, [], () => ({
    state: "unknown",
    value: void 0
  }));
}
function possiblyAsyncStringify(value) {
  const stillPendingMarker = SSymbol();
  const pendingPromisesForCache = [];
  const cache3 = new SMap$2();
  function createDelay0() {
    let handleId = null;
    const cancel2 = () => {
      if (handleId !== null) clearTimeout(handleId);
    };
    return {
      delay: new Promise((resolve) => {
        handleId = setTimeout(() => {
          handleId = null;
          resolve(stillPendingMarker);
        }, 0);
      }),
      cancel: cancel2
    };
  }
  const unknownState = {
    state: "unknown",
    value: void 0
  };
  const getAsyncContent = function getAsyncContent2(data) {
    const cacheKey = data;
    if (cache3.has(cacheKey)) return cache3.get(cacheKey);
    const delay0 = createDelay0();
    const p = asyncToStringMethod in data ? Promise.resolve().then(() => data[asyncToStringMethod]()) : data;
    p.catch(() => {
    });
    pendingPromisesForCache.push(Promise.race([p, delay0.delay]).then((successValue) => {
      if (successValue === stillPendingMarker) cache3.set(cacheKey, {
        state: "pending",
        value: void 0
      });
      else cache3.set(cacheKey, {
        state: "fulfilled",
        value: successValue
      });
      delay0.cancel();
    }, (errorValue) => {
      cache3.set(cacheKey, {
        state: "rejected",
        value: errorValue
      });
      delay0.cancel();
    }));
    cache3.set(cacheKey, unknownState);
    return unknownState;
  };
  function loop() {
    const stringifiedValue = stringifyInternal(value, [], getAsyncContent);
    if (pendingPromisesForCache.length === 0) return stringifiedValue;
    return Promise.all(pendingPromisesForCache.splice(0)).then(loop);
  }
  return loop();
}
async function asyncStringify(value) {
  return Promise.resolve(possiblyAsyncStringify(value));
}
function fromSyncCached(cachedValue) {
  return cachedValue === null ? new PreconditionFailure() : cachedValue;
}
function fromCached$1(...data) {
  if (data[1]) return data[0].then(fromSyncCached);
  return fromSyncCached(data[0]);
}
function fromCachedUnsafe(cachedValue, isAsync) {
  return fromCached$1(cachedValue, isAsync);
}
var IgnoreEqualValuesProperty = class {
  constructor(property2, skipRuns) {
    this.property = property2;
    this.skipRuns = skipRuns;
    this.coveredCases = /* @__PURE__ */ new Map();
  }
  isAsync() {
    return this.property.isAsync();
  }
  generate(mrng, runId) {
    return this.property.generate(mrng, runId);
  }
  shrink(value) {
    return this.property.shrink(value);
  }
  run(v) {
    const stringifiedValue = stringify(v);
    if (this.coveredCases.has(stringifiedValue)) {
      const lastOutput = this.coveredCases.get(stringifiedValue);
      if (!this.skipRuns) return lastOutput;
      return fromCachedUnsafe(lastOutput, this.property.isAsync());
    }
    const out = this.property.run(v);
    this.coveredCases.set(stringifiedValue, out);
    return out;
  }
  runBeforeEach() {
    return this.property.runBeforeEach();
  }
  runAfterEach() {
    return this.property.runAfterEach();
  }
};
var safeDateNow = Date.now;
var safeSetTimeout$2 = setTimeout;
var safeClearTimeout$2 = clearTimeout;
function decorateProperty(rawProperty, qParams) {
  let prop = rawProperty;
  if (rawProperty.isAsync() && qParams.timeout !== void 0) prop = new TimeoutProperty(prop, qParams.timeout, safeSetTimeout$2, safeClearTimeout$2);
  if (qParams.unbiased) prop = new UnbiasedProperty(prop);
  if (qParams.skipAllAfterTimeLimit !== void 0) prop = new SkipAfterProperty(prop, safeDateNow, qParams.skipAllAfterTimeLimit, false, safeSetTimeout$2, safeClearTimeout$2);
  if (qParams.interruptAfterTimeLimit !== void 0) prop = new SkipAfterProperty(prop, safeDateNow, qParams.interruptAfterTimeLimit, true, safeSetTimeout$2, safeClearTimeout$2);
  if (qParams.skipEqualValues) prop = new IgnoreEqualValuesProperty(prop, true);
  if (qParams.ignoreEqualValues) prop = new IgnoreEqualValuesProperty(prop, false);
  return prop;
}
var ExecutionStatus = /* @__PURE__ */ (function(ExecutionStatus2) {
  ExecutionStatus2[ExecutionStatus2["Success"] = 0] = "Success";
  ExecutionStatus2[ExecutionStatus2["Skipped"] = -1] = "Skipped";
  ExecutionStatus2[ExecutionStatus2["Failure"] = 1] = "Failure";
  return ExecutionStatus2;
})({});
var RunExecution = class RunExecution2 {
  constructor(verbosity, interruptedAsFailure) {
    this.verbosity = verbosity;
    this.interruptedAsFailure = interruptedAsFailure;
    this.rootExecutionTrees = [];
    this.currentLevelExecutionTrees = this.rootExecutionTrees;
    this.failure = null;
    this.numSkips = 0;
    this.numSuccesses = 0;
    this.interrupted = false;
  }
  appendExecutionTree(status, value) {
    const currentTree = {
      status,
      value,
      children: []
    };
    this.currentLevelExecutionTrees.push(currentTree);
    return currentTree;
  }
  fail(value, id, failure) {
    if (this.verbosity >= 1) {
      const currentTree = this.appendExecutionTree(1, value);
      this.currentLevelExecutionTrees = currentTree.children;
    }
    if (this.pathToFailure === void 0) this.pathToFailure = `${id}`;
    else this.pathToFailure += `:${id}`;
    this.value = value;
    this.failure = failure;
  }
  skip(value) {
    if (this.verbosity >= 2) this.appendExecutionTree(-1, value);
    if (this.pathToFailure === void 0) ++this.numSkips;
  }
  success(value) {
    if (this.verbosity >= 2) this.appendExecutionTree(0, value);
    if (this.pathToFailure === void 0) ++this.numSuccesses;
  }
  interrupt() {
    this.interrupted = true;
  }
  isSuccess() {
    return this.pathToFailure === void 0;
  }
  firstFailure() {
    return this.pathToFailure !== void 0 ? +safeSplit(this.pathToFailure, ":")[0] : -1;
  }
  numShrinks() {
    return this.pathToFailure !== void 0 ? safeSplit(this.pathToFailure, ":").length - 1 : 0;
  }
  extractFailures() {
    if (this.isSuccess()) return [];
    const failures = [];
    let cursor = this.rootExecutionTrees;
    while (cursor.length > 0 && cursor[cursor.length - 1].status === 1) {
      const failureTree = cursor[cursor.length - 1];
      failures.push(failureTree.value);
      cursor = failureTree.children;
    }
    return failures;
  }
  static mergePaths(offsetPath, path) {
    if (offsetPath.length === 0) return path;
    const offsetItems = offsetPath.split(":");
    const remainingItems = path.split(":");
    const middle = +offsetItems[offsetItems.length - 1] + +remainingItems[0];
    return [
      ...offsetItems.slice(0, offsetItems.length - 1),
      `${middle}`,
      ...remainingItems.slice(1)
    ].join(":");
  }
  toRunDetails(seed, basePath, maxSkips, qParams) {
    if (!this.isSuccess()) return {
      failed: true,
      interrupted: this.interrupted,
      numRuns: this.firstFailure() + 1 - this.numSkips,
      numSkips: this.numSkips,
      numShrinks: this.numShrinks(),
      seed,
      counterexample: this.value,
      counterexamplePath: RunExecution2.mergePaths(basePath, this.pathToFailure),
      errorInstance: this.failure.error,
      failures: this.extractFailures(),
      executionSummary: this.rootExecutionTrees,
      verbose: this.verbosity,
      runConfiguration: qParams.toParameters()
    };
    const considerInterruptedAsFailure = this.interruptedAsFailure || this.numSuccesses === 0;
    return {
      failed: this.numSkips > maxSkips || this.interrupted && considerInterruptedAsFailure,
      interrupted: this.interrupted,
      numRuns: this.numSuccesses,
      numSkips: this.numSkips,
      numShrinks: 0,
      seed,
      counterexample: null,
      counterexamplePath: null,
      error: null,
      errorInstance: null,
      failures: [],
      executionSummary: this.rootExecutionTrees,
      verbose: this.verbosity,
      runConfiguration: qParams.toParameters()
    };
  }
};
var RunnerIterator = class {
  constructor(sourceValues, shrink, verbose, interruptedAsFailure) {
    this.sourceValues = sourceValues;
    this.shrink = shrink;
    this.runExecution = new RunExecution(verbose, interruptedAsFailure);
    this.currentIdx = -1;
    this.nextValues = sourceValues;
  }
  [Symbol.iterator]() {
    return this;
  }
  next() {
    const nextValue = this.nextValues.next();
    if (nextValue.done || this.runExecution.interrupted) return {
      done: true,
      value: void 0
    };
    this.currentValue = nextValue.value;
    ++this.currentIdx;
    return {
      done: false,
      value: nextValue.value.value_
    };
  }
  handleResult(result3) {
    if (result3 !== null && typeof result3 === "object" && !PreconditionFailure.isFailure(result3)) {
      this.runExecution.fail(this.currentValue.value_, this.currentIdx, result3);
      this.currentIdx = -1;
      this.nextValues = this.shrink(this.currentValue);
    } else if (result3 !== null) {
      if (!result3.interruptExecution) {
        this.runExecution.skip(this.currentValue.value_);
        this.sourceValues.skippedOne();
      } else this.runExecution.interrupt();
    } else this.runExecution.success(this.currentValue.value_);
  }
};
var SourceValuesIterator = class {
  constructor(initialValues, maxInitialIterations, remainingSkips) {
    this.initialValues = initialValues;
    this.maxInitialIterations = maxInitialIterations;
    this.remainingSkips = remainingSkips;
  }
  [Symbol.iterator]() {
    return this;
  }
  next() {
    if (--this.maxInitialIterations !== -1 && this.remainingSkips >= 0) {
      const n = this.initialValues.next();
      if (!n.done) return {
        value: n.value,
        done: false
      };
    }
    return {
      value: void 0,
      done: true
    };
  }
  skippedOne() {
    --this.remainingSkips;
    ++this.maxInitialIterations;
  }
};
var MIN_INT = -2147483648;
var MAX_INT = 2147483647;
var DBL_FACTOR = Math.pow(2, 27);
var DBL_DIVISOR = Math.pow(2, -53);
var Random = class Random2 {
  /**
  * Create a mutable random number generator by cloning the passed one and mutate it
  * @param sourceRng - Immutable random generator from pure-rand library, will not be altered (a clone will be)
  */
  constructor(sourceRng) {
    this.internalRng = adaptRandomGenerator(sourceRng.clone());
  }
  /**
  * Clone the random number generator
  */
  clone() {
    return new Random2(this.internalRng);
  }
  /**
  * Generate an integer having `bits` random bits
  * @param bits - Number of bits to generate
  * @deprecated Prefer {@link nextInt} with explicit bounds: `nextInt(0, (1 << bits) - 1)`
  */
  next(bits) {
    return uniformInt(this.internalRng, 0, (1 << bits) - 1);
  }
  /**
  * Generate a random boolean
  * @deprecated Prefer {@link nextInt} with explicit bounds: `nextInt(0, 1) === 1`
  */
  nextBoolean() {
    return uniformInt(this.internalRng, 0, 1) === 1;
  }
  nextInt(min4, max4) {
    return uniformInt(this.internalRng, min4 === void 0 ? MIN_INT : min4, max4 === void 0 ? MAX_INT : max4);
  }
  /**
  * Generate a random bigint between min (included) and max (included)
  * @param min - Minimal bigint value
  * @param max - Maximal bigint value
  */
  nextBigInt(min4, max4) {
    return uniformBigInt(this.internalRng, min4, max4);
  }
  /**
  * Generate a random floating point number between 0.0 (included) and 1.0 (excluded)
  * @deprecated Prefer {@link nextInt} with explicit bounds
  */
  nextDouble() {
    const a = this.next(26);
    const b = this.next(27);
    return (a * DBL_FACTOR + b) * DBL_DIVISOR;
  }
  /**
  * Extract the internal state of the internal RandomGenerator backing the current instance of Random
  */
  getState() {
    if ("getState" in this.internalRng && typeof this.internalRng.getState === "function") return this.internalRng.getState();
  }
};
function tossNext(generator, rng, index) {
  rng.jump();
  return generator.generate(new Random(rng), index);
}
function* toss(generator, seed, random3, examples) {
  for (let idx = 0; idx !== examples.length; ++idx) yield new Value(examples[idx], void 0);
  for (let idx = 0, rng = random3(seed); ; ++idx) yield tossNext(generator, rng, idx);
}
function lazyGenerate(generator, rng, idx) {
  return () => generator.generate(new Random(rng), idx);
}
function* lazyToss(generator, seed, random3, examples) {
  yield* safeMap(examples, (e) => () => new Value(e, void 0));
  let idx = 0;
  const rng = adaptRandomGenerator(random3(seed));
  for (; ; ) {
    rng.jump();
    yield lazyGenerate(generator, rng, idx++);
  }
}
function produce(producer) {
  return producer();
}
function pathWalk(path, initialProducers, shrink) {
  const producers = initialProducers;
  const segments = path.split(":").map((text) => +text);
  if (segments.length === 0) return producers.map(produce);
  if (!segments.every((v) => !Number.isNaN(v))) throw new Error(`Unable to replay, got invalid path=${path}`);
  let values = producers.drop(segments[0]).map(produce);
  for (const s of segments.slice(1)) {
    const valueToShrink = values.getNthOrLast(0);
    if (valueToShrink === null) throw new Error(`Unable to replay, got wrong path=${path}`);
    values = shrink(valueToShrink).drop(s);
  }
  return values;
}
var safeObjectAssign$6 = Object.assign;
function formatHints(hints) {
  if (hints.length === 1) return `Hint: ${hints[0]}`;
  return hints.map((h2, idx) => `Hint (${idx + 1}): ${h2}`).join("\n");
}
function formatFailures(failures, stringifyOne) {
  return `Encountered failures were:
- ${failures.map(stringifyOne).join("\n- ")}`;
}
function formatExecutionSummary(executionTrees, stringifyOne) {
  const summaryLines = [];
  const remainingTreesAndDepth = [];
  for (let i = executionTrees.length - 1; i >= 0; --i) remainingTreesAndDepth.push({
    depth: 1,
    tree: executionTrees[i]
  });
  while (remainingTreesAndDepth.length !== 0) {
    const currentTreeAndDepth = remainingTreesAndDepth.pop();
    const currentTree = currentTreeAndDepth.tree;
    const currentDepth = currentTreeAndDepth.depth;
    const statusIcon = currentTree.status === 0 ? "\x1B[32m\u221A\x1B[0m" : currentTree.status === 1 ? "\x1B[31m\xD7\x1B[0m" : "\x1B[33m!\x1B[0m";
    const leftPadding = currentDepth !== 0 ? ". ".repeat(currentDepth - 1) : "";
    summaryLines.push(`${leftPadding}${statusIcon} ${stringifyOne(currentTree.value)}`);
    for (let i = currentTree.children.length - 1; i >= 0; --i) remainingTreesAndDepth.push({
      depth: currentDepth + 1,
      tree: currentTree.children[i]
    });
  }
  return `Execution summary:
${summaryLines.join("\n")}`;
}
function preFormatTooManySkipped(out, stringifyOne) {
  const message = `Failed to run property, too many pre-condition failures encountered
{ seed: ${out.seed} }

Ran ${out.numRuns} time(s)
Skipped ${out.numSkips} time(s)`;
  let details = null;
  const hints = ["Try to reduce the number of rejected values by combining map, chain and built-in arbitraries", "Increase failure tolerance by setting maxSkipsPerRun to an higher value"];
  if (out.verbose >= 2) details = formatExecutionSummary(out.executionSummary, stringifyOne);
  else safePush(hints, "Enable verbose mode at level VeryVerbose in order to check all generated values and their associated status");
  return {
    message,
    details,
    hints
  };
}
function prettyError(errorInstance) {
  if (errorInstance instanceof SError && errorInstance.stack !== void 0) return errorInstance.stack;
  try {
    return SString(errorInstance);
  } catch (_err) {
  }
  if (errorInstance instanceof SError) try {
    return safeErrorToString(errorInstance);
  } catch (_err) {
  }
  if (errorInstance !== null && typeof errorInstance === "object") try {
    return safeToString(errorInstance);
  } catch (_err) {
  }
  return "Failed to serialize errorInstance";
}
function preFormatFailure(out, stringifyOne) {
  const messageErrorPart = out.runConfiguration.includeErrorInReport ? `
Got ${safeReplace(prettyError(out.errorInstance), /^Error: /, "error: ")}` : "";
  const message = `Property failed after ${out.numRuns} tests
{ seed: ${out.seed}, path: "${out.counterexamplePath}", endOnFailure: true }
Counterexample: ${stringifyOne(out.counterexample)}
Shrunk ${out.numShrinks} time(s)${messageErrorPart}`;
  let details = null;
  const hints = [];
  if (out.verbose >= 2) details = formatExecutionSummary(out.executionSummary, stringifyOne);
  else if (out.verbose === 1) details = formatFailures(out.failures, stringifyOne);
  else safePush(hints, "Enable verbose mode in order to have the list of all failing values encountered during the run");
  return {
    message,
    details,
    hints
  };
}
function preFormatEarlyInterrupted(out, stringifyOne) {
  const message = `Property interrupted after ${out.numRuns} tests
{ seed: ${out.seed} }`;
  let details = null;
  const hints = [];
  if (out.verbose >= 2) details = formatExecutionSummary(out.executionSummary, stringifyOne);
  else safePush(hints, "Enable verbose mode at level VeryVerbose in order to check all generated values and their associated status");
  return {
    message,
    details,
    hints
  };
}
function defaultReportMessageInternal(out, stringifyOne) {
  if (!out.failed) return;
  const { message, details, hints } = out.counterexamplePath === null ? out.interrupted ? preFormatEarlyInterrupted(out, stringifyOne) : preFormatTooManySkipped(out, stringifyOne) : preFormatFailure(out, stringifyOne);
  let errorMessage = message;
  if (details !== null) errorMessage += `

${details}`;
  if (hints.length > 0) errorMessage += `

${formatHints(hints)}`;
  return errorMessage;
}
function defaultReportMessage(out) {
  return defaultReportMessageInternal(out, stringify);
}
async function asyncDefaultReportMessage(out) {
  const pendingStringifieds = [];
  function stringifyOne(value) {
    const stringified = possiblyAsyncStringify(value);
    if (typeof stringified === "string") return stringified;
    pendingStringifieds.push(Promise.all([value, stringified]));
    return "\u2026";
  }
  const firstTryMessage = defaultReportMessageInternal(out, stringifyOne);
  if (pendingStringifieds.length === 0) return firstTryMessage;
  const registeredValues = new SMap$2(await Promise.all(pendingStringifieds));
  function stringifySecond(value) {
    const asyncStringifiedIfRegistered = safeMapGet(registeredValues, value);
    if (asyncStringifiedIfRegistered !== void 0) return asyncStringifiedIfRegistered;
    return stringify(value);
  }
  return defaultReportMessageInternal(out, stringifySecond);
}
function buildError(errorMessage, out) {
  if (out.runConfiguration.includeErrorInReport) throw new SError(errorMessage);
  const error = new SError(errorMessage, { cause: out.errorInstance });
  if (!("cause" in error)) safeObjectAssign$6(error, { cause: out.errorInstance });
  return error;
}
function throwIfFailed(out) {
  if (!out.failed) return;
  throw buildError(defaultReportMessage(out), out);
}
async function asyncThrowIfFailed(out) {
  if (!out.failed) return;
  throw buildError(await asyncDefaultReportMessage(out), out);
}
function reportRunDetails(out) {
  if (out.runConfiguration.asyncReporter) return out.runConfiguration.asyncReporter(out);
  else if (out.runConfiguration.reporter) return out.runConfiguration.reporter(out);
  else return throwIfFailed(out);
}
async function asyncReportRunDetails(out) {
  if (out.runConfiguration.asyncReporter) return out.runConfiguration.asyncReporter(out);
  else if (out.runConfiguration.reporter) return out.runConfiguration.reporter(out);
  else return asyncThrowIfFailed(out);
}
var globalPlugins = [];
function installGlobalPlugin(plugin) {
  globalPlugins.push(plugin);
}
function readInstalledGlobalPlugins() {
  return globalPlugins;
}
var SMap$1 = Map;
function runIt(run, shrink, sourceValues, verbose, interruptedAsFailure) {
  const runner = new RunnerIterator(sourceValues, shrink, verbose, interruptedAsFailure);
  for (const v of runner) {
    const out = run(v);
    runner.handleResult(out);
  }
  return runner.runExecution;
}
function propertyExecution(property2, v) {
  property2.runBeforeEach();
  const out = property2.run(v);
  property2.runAfterEach();
  return out;
}
async function asyncRunIt(run, shrink, sourceValues, verbose, interruptedAsFailure) {
  const runner = new RunnerIterator(sourceValues, shrink, verbose, interruptedAsFailure);
  for (const v of runner) {
    const out = await run(v);
    runner.handleResult(out);
  }
  return runner.runExecution;
}
async function asyncPropertyExecution(property2, v) {
  await property2.runBeforeEach();
  const out = await property2.run(v);
  await property2.runAfterEach();
  return out;
}
function runPluginCompletionHooksSync(pluginInstances, runDetails) {
  let interceptedOnce = false;
  let interceptedError = void 0;
  for (let index = 0; index !== pluginInstances.length; ++index) {
    const instance = pluginInstances[index];
    if (instance.onAllRunsComplete !== void 0) try {
      instance.onAllRunsComplete(runDetails);
    } catch (error) {
      if (!interceptedOnce) {
        interceptedOnce = true;
        interceptedError = error;
      }
    }
  }
  for (let index = pluginInstances.length - 1; index >= 0; --index) {
    const instance = pluginInstances[index];
    if (instance.afterAll !== void 0) try {
      instance.afterAll();
    } catch (error) {
      if (!interceptedOnce) {
        interceptedOnce = true;
        interceptedError = error;
      }
    }
  }
  if (interceptedOnce) throw interceptedError;
}
function runPluginCompletionHooks(pluginInstances, runDetailsPromise) {
  const followUps = [];
  for (let index = 0; index !== pluginInstances.length; ++index) {
    const instance = pluginInstances[index];
    if (instance.onAllRunsComplete !== void 0) followUps.push((runDetails) => instance.onAllRunsComplete(runDetails));
  }
  for (let index = pluginInstances.length - 1; index >= 0; --index) {
    const instance = pluginInstances[index];
    if (instance.afterAll !== void 0) followUps.push(() => instance.afterAll());
  }
  if (followUps.length === 0) return runDetailsPromise;
  return runDetailsPromise.then(async (details) => {
    let interceptedOnce = false;
    let interceptedError = void 0;
    for (const followUp of followUps) try {
      const out = followUp(details);
      if (out !== void 0) await out;
    } catch (error) {
      if (!interceptedOnce) {
        interceptedOnce = true;
        interceptedError = error;
      }
    }
    if (interceptedOnce) throw interceptedError;
    return details;
  });
}
function check(rawProperty, params) {
  if (rawProperty === null || rawProperty === void 0 || rawProperty.generate === null || rawProperty.generate === void 0) throw new Error("Invalid property encountered, please use a valid property");
  if (rawProperty.run === null || rawProperty.run === void 0) throw new Error("Invalid property encountered, please use a valid property not an arbitrary");
  const qParams = read({
    ...readConfigureGlobal(),
    ...params
  });
  if (qParams.reporter !== void 0 && qParams.asyncReporter !== void 0) throw new Error("Invalid parameters encountered, reporter and asyncReporter cannot be specified together");
  if (qParams.asyncReporter !== void 0 && !rawProperty.isAsync()) throw new Error("Invalid parameters encountered, only asyncProperty can be used when asyncReporter specified");
  const property2 = decorateProperty(rawProperty, qParams);
  const globalPlugins2 = readInstalledGlobalPlugins();
  const localPlugins = qParams.plugins;
  const pluginStore = new SMap$1();
  const pluginInstances = [];
  for (let index = 0; index !== globalPlugins2.length; ++index) pluginInstances.push(globalPlugins2[index](index, pluginStore));
  for (let index = 0; index !== localPlugins.length; ++index) pluginInstances.push(localPlugins[index](globalPlugins2.length + index, pluginStore));
  let surchargedGenerate = void 0;
  let run = property2.isAsync() ? async (v) => asyncPropertyExecution(property2, v) : (v) => propertyExecution(property2, v);
  for (let index = pluginInstances.length - 1; index >= 0; --index) {
    const pluginInstance = pluginInstances[index];
    if (pluginInstance.decorateGenerate !== void 0) {
      if (surchargedGenerate === void 0) surchargedGenerate = (mrng, runId) => property2.generate(mrng, runId);
      surchargedGenerate = pluginInstance.decorateGenerate(surchargedGenerate);
    }
    if (pluginInstance.decorateRun !== void 0) run = pluginInstance.decorateRun(run);
  }
  const generator = surchargedGenerate === void 0 ? property2 : { generate: surchargedGenerate };
  const maxInitialIterations = qParams.path.length === 0 || qParams.path.indexOf(":") === -1 ? qParams.numRuns : -1;
  const maxSkips = qParams.numRuns * qParams.maxSkipsPerRun;
  const shrink = (...args2) => property2.shrink(...args2);
  const sourceValues = new SourceValuesIterator(qParams.path.length === 0 ? toss(generator, qParams.seed, qParams.randomType, qParams.examples) : pathWalk(qParams.path, stream(lazyToss(generator, qParams.seed, qParams.randomType, qParams.examples)), shrink), maxInitialIterations, maxSkips);
  const finalShrink = !qParams.endOnFailure ? shrink : Stream.nil;
  if (property2.isAsync()) return runPluginCompletionHooks(pluginInstances, asyncRunIt(run, finalShrink, sourceValues, qParams.verbose, qParams.markInterruptAsFailure).then((e) => e.toRunDetails(qParams.seed, qParams.path, maxSkips, qParams)));
  const out = runIt(run, finalShrink, sourceValues, qParams.verbose, qParams.markInterruptAsFailure).toRunDetails(qParams.seed, qParams.path, maxSkips, qParams);
  runPluginCompletionHooksSync(pluginInstances, out);
  return out;
}
function assert(property2, params) {
  const out = check(property2, params);
  if (property2.isAsync()) return out.then(asyncReportRunDetails);
  else reportRunDetails(out);
}
function toProperty(generator, qParams) {
  const prop = !Object.prototype.hasOwnProperty.call(generator, "isAsync") ? new Property(generator, () => true) : generator;
  return qParams.unbiased === true ? new UnbiasedProperty(prop) : prop;
}
function streamSample(generator, params) {
  const qParams = read(typeof params === "number" ? {
    ...readConfigureGlobal(),
    numRuns: params
  } : {
    ...readConfigureGlobal(),
    ...params
  });
  const nextProperty = toProperty(generator, qParams);
  const shrink = nextProperty.shrink.bind(nextProperty);
  return (qParams.path.length === 0 ? stream(toss(nextProperty, qParams.seed, qParams.randomType, qParams.examples)) : pathWalk(qParams.path, stream(lazyToss(nextProperty, qParams.seed, qParams.randomType, qParams.examples)), shrink)).take(qParams.numRuns).map((s) => s.value_);
}
function sample(generator, params) {
  return [...streamSample(generator, params)];
}
function round2(n) {
  return (Math.round(n * 100) / 100).toFixed(2);
}
function statistics(generator, classify, params) {
  const qParams = read(typeof params === "number" ? {
    ...readConfigureGlobal(),
    numRuns: params
  } : {
    ...readConfigureGlobal(),
    ...params
  });
  const recorded2 = {};
  for (const g of streamSample(generator, params)) {
    const out = classify(g);
    const categories = Array.isArray(out) ? out : [out];
    for (const c of categories) recorded2[c] = (recorded2[c] || 0) + 1;
  }
  const data = Object.entries(recorded2).sort((a, b) => b[1] - a[1]).map((i) => [i[0], `${round2(i[1] * 100 / qParams.numRuns)}%`]);
  const longestName = data.map((i) => i[0].length).reduce((p, c) => Math.max(p, c), 0);
  const longestPercent = data.map((i) => i[1].length).reduce((p, c) => Math.max(p, c), 0);
  for (const item of data) qParams.logger(`${item[0].padEnd(longestName, ".")}..${item[1].padStart(longestPercent, ".")}`);
}
var safeObjectAssign$5 = Object.assign;
function buildGeneratorValue(mrng, biasFactor, computePreBuiltValues, arbitraryCache) {
  const preBuiltValues = computePreBuiltValues();
  let localMrng = mrng.clone();
  const context4 = {
    mrng: mrng.clone(),
    biasFactor,
    history: []
  };
  const valueFunction = (arb) => {
    const preBuiltValue = preBuiltValues[context4.history.length];
    if (preBuiltValue !== void 0 && preBuiltValue.arb === arb) {
      const value = preBuiltValue.value;
      safePush(context4.history, {
        arb,
        value,
        context: preBuiltValue.context,
        mrng: preBuiltValue.mrng
      });
      localMrng = preBuiltValue.mrng.clone();
      return value;
    }
    const g = arb.generate(localMrng, biasFactor);
    safePush(context4.history, {
      arb,
      value: g.value_,
      context: g.context,
      mrng: localMrng.clone()
    });
    return g.value;
  };
  const memoedValueFunction = (arb, ...args2) => {
    return valueFunction(arbitraryCache(arb, args2));
  };
  return new Value(safeObjectAssign$5(memoedValueFunction, {
    values() {
      return safeMap(context4.history, (c) => c.value);
    },
    [cloneMethod]() {
      return buildGeneratorValue(mrng, biasFactor, computePreBuiltValues, arbitraryCache).value;
    },
    [toStringMethod]() {
      return stringify(safeMap(context4.history, (c) => c.value));
    }
  }), context4);
}
var safeArrayIsArray$3 = Array.isArray;
var safeObjectKeys$4 = Object.keys;
var safeObjectIs$7 = Object.is;
function buildStableArbitraryGeneratorCache(isEqual2) {
  const previousCallsPerBuilder = new SMap$2();
  return function stableArbitraryGeneratorCache(builder, args2) {
    const entriesForBuilder = safeMapGet(previousCallsPerBuilder, builder);
    if (entriesForBuilder === void 0) {
      const newValue2 = builder(...args2);
      safeMapSet(previousCallsPerBuilder, builder, [{
        args: args2,
        value: newValue2
      }]);
      return newValue2;
    }
    const safeEntriesForBuilder = entriesForBuilder;
    for (const entry of safeEntriesForBuilder) if (isEqual2(args2, entry.args)) return entry.value;
    const newValue = builder(...args2);
    safePush(safeEntriesForBuilder, {
      args: args2,
      value: newValue
    });
    return newValue;
  };
}
function naiveIsEqual(v1, v2) {
  if (v1 !== null && typeof v1 === "object" && v2 !== null && typeof v2 === "object") {
    if (safeArrayIsArray$3(v1)) {
      if (!safeArrayIsArray$3(v2)) return false;
      if (v1.length !== v2.length) return false;
    } else if (safeArrayIsArray$3(v2)) return false;
    if (safeObjectKeys$4(v1).length !== safeObjectKeys$4(v2).length) return false;
    for (const index in v1) {
      if (!(index in v2)) return false;
      if (!naiveIsEqual(v1[index], v2[index])) return false;
    }
    return true;
  } else return safeObjectIs$7(v1, v2);
}
var GeneratorArbitrary = class extends Arbitrary {
  constructor(..._args) {
    super(..._args);
    this.arbitraryCache = buildStableArbitraryGeneratorCache(naiveIsEqual);
  }
  generate(mrng, biasFactor) {
    return buildGeneratorValue(mrng, biasFactor, () => [], this.arbitraryCache);
  }
  canShrinkWithoutContext(_value) {
    return false;
  }
  shrink(_value, context4) {
    if (context4 === void 0) return Stream.nil();
    const safeContext = context4;
    const mrng = safeContext.mrng;
    const biasFactor = safeContext.biasFactor;
    const history = safeContext.history;
    return tupleShrink(history.map((c) => c.arb), history.map((c) => c.value), history.map((c) => c.context)).map((shrink) => {
      function computePreBuiltValues() {
        const subValues = shrink.value;
        const subContexts = shrink.context;
        return safeMap(history, (entry, index) => ({
          arb: entry.arb,
          value: subValues[index],
          context: subContexts[index],
          mrng: entry.mrng
        }));
      }
      return buildGeneratorValue(mrng, biasFactor, computePreBuiltValues, this.arbitraryCache);
    });
  }
};
function gen() {
  return new GeneratorArbitrary();
}
var safeMathFloor$6 = Math.floor;
var safeMathLog$2 = Math.log;
function integerLogLike(v) {
  return safeMathFloor$6(safeMathLog$2(v) / safeMathLog$2(2));
}
function bigIntLogLike(v) {
  if (v === SBigInt2(0)) return SBigInt2(0);
  return SBigInt2(SString(v).length);
}
function biasNumericRange(min4, max4, logLike) {
  if (min4 === max4) return [{
    min: min4,
    max: max4
  }];
  if (min4 < 0 && max4 > 0) {
    const logMin = logLike(-min4);
    const logMax = logLike(max4);
    return [
      {
        min: -logMin,
        max: logMax
      },
      {
        min: max4 - logMax,
        max: max4
      },
      {
        min: min4,
        max: min4 + logMin
      }
    ];
  }
  const logGap = logLike(max4 - min4);
  const arbCloseToMin = {
    min: min4,
    max: min4 + logGap
  };
  const arbCloseToMax = {
    min: max4 - logGap,
    max: max4
  };
  return min4 < 0 ? [arbCloseToMax, arbCloseToMin] : [arbCloseToMin, arbCloseToMax];
}
var safeMathCeil = Math.ceil;
var safeMathFloor$5 = Math.floor;
function halvePosInteger(n) {
  return safeMathFloor$5(n / 2);
}
function halveNegInteger(n) {
  return safeMathCeil(n / 2);
}
function shrinkInteger(current, target, tryTargetAsap) {
  const realGap = current - target;
  function* shrinkDecr() {
    let previous = tryTargetAsap ? void 0 : target;
    const gap = tryTargetAsap ? realGap : halvePosInteger(realGap);
    for (let toremove = gap; toremove > 0; toremove = halvePosInteger(toremove)) {
      const next = toremove === realGap ? target : current - toremove;
      yield new Value(next, previous);
      previous = next;
    }
  }
  function* shrinkIncr() {
    let previous = tryTargetAsap ? void 0 : target;
    const gap = tryTargetAsap ? realGap : halveNegInteger(realGap);
    for (let toremove = gap; toremove < 0; toremove = halveNegInteger(toremove)) {
      const next = toremove === realGap ? target : current - toremove;
      yield new Value(next, previous);
      previous = next;
    }
  }
  return realGap > 0 ? stream(shrinkDecr()) : stream(shrinkIncr());
}
var safeMathSign = Math.sign;
var safeNumberIsInteger$6 = Number.isInteger;
var safeObjectIs$6 = Object.is;
var IntegerArbitrary = class IntegerArbitrary2 extends Arbitrary {
  constructor(min4, max4) {
    super();
    this.min = min4;
    this.max = max4;
    this.ranges = biasNumericRange(min4, max4, integerLogLike);
  }
  generate(mrng, biasFactor) {
    if (biasFactor === void 0 || mrng.nextInt(1, biasFactor) !== 1) return new Value(mrng.nextInt(this.min, this.max), void 0);
    const ranges = this.ranges;
    if (ranges.length === 1) {
      const range2 = ranges[0];
      return new Value(mrng.nextInt(range2.min, range2.max), void 0);
    }
    const id = mrng.nextInt(-2 * (ranges.length - 1), ranges.length - 2);
    const range = id < 0 ? ranges[0] : ranges[id + 1];
    return new Value(mrng.nextInt(range.min, range.max), void 0);
  }
  canShrinkWithoutContext(value) {
    return typeof value === "number" && safeNumberIsInteger$6(value) && !safeObjectIs$6(value, -0) && this.min <= value && value <= this.max;
  }
  shrink(current, context4) {
    if (!IntegerArbitrary2.isValidContext(current, context4)) return shrinkInteger(current, this.min <= 0 && this.max >= 0 ? 0 : this.min < 0 ? this.max : this.min, true);
    if (this.isLastChanceTry(current, context4)) return Stream.of(new Value(context4, void 0));
    return shrinkInteger(current, context4, false);
  }
  isLastChanceTry(current, context4) {
    if (current > 0) return current === context4 + 1 && current > this.min;
    if (current < 0) return current === context4 - 1 && current < this.max;
    return false;
  }
  static isValidContext(current, context4) {
    if (context4 === void 0) return false;
    if (typeof context4 !== "number") throw new Error(`Invalid context type passed to IntegerArbitrary (#1)`);
    if (context4 !== 0 && safeMathSign(current) !== safeMathSign(context4)) throw new Error(`Invalid context value passed to IntegerArbitrary (#2)`);
    return true;
  }
};
var safeNumberIsInteger$5 = Number.isInteger;
function buildCompleteIntegerConstraints(constraints) {
  return {
    min: constraints.min !== void 0 ? constraints.min : -2147483648,
    max: constraints.max !== void 0 ? constraints.max : 2147483647
  };
}
function integer(constraints = {}) {
  const fullConstraints = buildCompleteIntegerConstraints(constraints);
  if (fullConstraints.min > fullConstraints.max) throw new Error("fc.integer maximum value should be equal or greater than the minimum one");
  if (!safeNumberIsInteger$5(fullConstraints.min)) throw new Error("fc.integer minimum value should be an integer");
  if (!safeNumberIsInteger$5(fullConstraints.max)) throw new Error("fc.integer maximum value should be an integer");
  return new IntegerArbitrary(fullConstraints.min, fullConstraints.max);
}
var depthContextCache = /* @__PURE__ */ new Map();
function getDepthContextFor(contextMeta) {
  if (contextMeta === void 0) return { depth: 0 };
  if (typeof contextMeta !== "string") return contextMeta;
  const cachedContext = safeMapGet(depthContextCache, contextMeta);
  if (cachedContext !== void 0) return cachedContext;
  const context4 = { depth: 0 };
  safeMapSet(depthContextCache, contextMeta, context4);
  return context4;
}
function createDepthIdentifier() {
  return { depth: 0 };
}
var NoopSlicedGenerator = class {
  constructor(arb, mrng, biasFactor) {
    this.arb = arb;
    this.mrng = mrng;
    this.biasFactor = biasFactor;
  }
  attemptExact() {
  }
  next() {
    return this.arb.generate(this.mrng, this.biasFactor);
  }
};
var safeMathMin$5 = Math.min;
var safeMathMax$2 = Math.max;
var SlicedBasedGenerator = class {
  constructor(arb, mrng, slices, biasFactor) {
    this.arb = arb;
    this.mrng = mrng;
    this.slices = slices;
    this.biasFactor = biasFactor;
    this.activeSliceIndex = 0;
    this.nextIndexInSlice = 0;
    this.lastIndexInSlice = -1;
  }
  attemptExact(targetLength) {
    if (targetLength !== 0 && this.mrng.nextInt(1, this.biasFactor) === 1) {
      const eligibleIndices = [];
      for (let index = 0; index !== this.slices.length; ++index) if (this.slices[index].length === targetLength) safePush(eligibleIndices, index);
      if (eligibleIndices.length === 0) return;
      this.activeSliceIndex = eligibleIndices[this.mrng.nextInt(0, eligibleIndices.length - 1)];
      this.nextIndexInSlice = 0;
      this.lastIndexInSlice = targetLength - 1;
    }
  }
  next() {
    if (this.nextIndexInSlice <= this.lastIndexInSlice) return new Value(this.slices[this.activeSliceIndex][this.nextIndexInSlice++], void 0);
    if (this.mrng.nextInt(1, this.biasFactor) !== 1) return this.arb.generate(this.mrng, this.biasFactor);
    this.activeSliceIndex = this.mrng.nextInt(0, this.slices.length - 1);
    const slice = this.slices[this.activeSliceIndex];
    if (this.mrng.nextInt(1, this.biasFactor) !== 1) {
      this.nextIndexInSlice = 1;
      this.lastIndexInSlice = slice.length - 1;
      return new Value(slice[0], void 0);
    }
    const rangeBoundaryA = this.mrng.nextInt(0, slice.length - 1);
    const rangeBoundaryB = this.mrng.nextInt(0, slice.length - 1);
    this.nextIndexInSlice = safeMathMin$5(rangeBoundaryA, rangeBoundaryB);
    this.lastIndexInSlice = safeMathMax$2(rangeBoundaryA, rangeBoundaryB);
    return new Value(slice[this.nextIndexInSlice++], void 0);
  }
};
function buildSlicedGenerator(arb, mrng, slices, biasFactor) {
  if (biasFactor === void 0 || slices.length === 0 || mrng.nextInt(1, biasFactor) !== 1) return new NoopSlicedGenerator(arb, mrng, biasFactor);
  return new SlicedBasedGenerator(arb, mrng, slices, biasFactor);
}
var safeMathFloor$4 = Math.floor;
var safeMathLog$1 = Math.log;
var safeArrayIsArray$2 = Array.isArray;
function biasedMaxLength(minLength, maxLength) {
  if (minLength === maxLength) return minLength;
  return minLength + safeMathFloor$4(safeMathLog$1(maxLength - minLength) / safeMathLog$1(2));
}
var ArrayArbitrary = class ArrayArbitrary2 extends Arbitrary {
  constructor(arb, minLength, maxGeneratedLength, maxLength, depthIdentifier, setBuilder, customSlices) {
    super();
    this.arb = arb;
    this.minLength = minLength;
    this.maxGeneratedLength = maxGeneratedLength;
    this.maxLength = maxLength;
    this.setBuilder = setBuilder;
    this.customSlices = customSlices;
    this.lengthArb = integer({
      min: minLength,
      max: maxGeneratedLength
    });
    this.depthContext = getDepthContextFor(depthIdentifier);
    this.cachedBiasedMaxLength = biasedMaxLength(minLength, maxGeneratedLength);
  }
  preFilter(tab) {
    if (this.setBuilder === void 0) return tab;
    const s = this.setBuilder();
    for (let index = 0; index !== tab.length; ++index) s.tryAdd(tab[index]);
    return s.getData();
  }
  static makeItCloneable(vs, shrinkables) {
    vs[cloneMethod] = () => {
      const cloned = [];
      for (let idx = 0; idx !== shrinkables.length; ++idx) safePush(cloned, shrinkables[idx].value);
      this.makeItCloneable(cloned, shrinkables);
      return cloned;
    };
    return vs;
  }
  generateNItemsNoDuplicates(setBuilder, N2, mrng, biasFactorItems) {
    let numSkippedInRow = 0;
    const s = setBuilder();
    const slicedGenerator = buildSlicedGenerator(this.arb, mrng, this.customSlices, biasFactorItems);
    while (s.size() < N2 && numSkippedInRow < this.maxGeneratedLength) {
      const current = slicedGenerator.next();
      if (s.tryAdd(current)) numSkippedInRow = 0;
      else numSkippedInRow += 1;
    }
    return s.getData();
  }
  safeGenerateNItemsNoDuplicates(setBuilder, N2, mrng, biasFactorItems) {
    const depthImpact = N2 - this.cachedBiasedMaxLength;
    if (depthImpact <= 0) return this.generateNItemsNoDuplicates(setBuilder, N2, mrng, biasFactorItems);
    this.depthContext.depth += depthImpact;
    try {
      return this.generateNItemsNoDuplicates(setBuilder, N2, mrng, biasFactorItems);
    } finally {
      this.depthContext.depth -= depthImpact;
    }
  }
  generateNItems(N2, mrng, biasFactorItems) {
    const items2 = [];
    const slicedGenerator = buildSlicedGenerator(this.arb, mrng, this.customSlices, biasFactorItems);
    slicedGenerator.attemptExact(N2);
    for (let index = 0; index !== N2; ++index) safePush(items2, slicedGenerator.next());
    return items2;
  }
  safeGenerateNItems(N2, mrng, biasFactorItems) {
    const depthImpact = N2 - this.cachedBiasedMaxLength;
    if (depthImpact <= 0) return this.generateNItems(N2, mrng, biasFactorItems);
    this.depthContext.depth += depthImpact;
    try {
      return this.generateNItems(N2, mrng, biasFactorItems);
    } finally {
      this.depthContext.depth -= depthImpact;
    }
  }
  wrapper(itemsRaw, shrunkOnce, itemsRawLengthContext, startIndex) {
    const items2 = shrunkOnce ? this.preFilter(itemsRaw) : itemsRaw;
    let cloneable = false;
    const vs = [];
    const itemsContexts = [];
    for (let idx = 0; idx !== items2.length; ++idx) {
      const s = items2[idx];
      cloneable = cloneable || s.hasToBeCloned;
      safePush(vs, s.value);
      safePush(itemsContexts, s.context);
    }
    if (cloneable) ArrayArbitrary2.makeItCloneable(vs, items2);
    return new Value(vs, {
      shrunkOnce,
      lengthContext: itemsRaw.length === items2.length && itemsRawLengthContext !== void 0 ? itemsRawLengthContext : void 0,
      itemsContexts,
      startIndex
    });
  }
  generate(mrng, biasFactor) {
    let targetSize;
    let biasFactorItems;
    if (biasFactor === void 0) targetSize = this.lengthArb.generate(mrng, void 0).value;
    else if (this.minLength === this.maxGeneratedLength) {
      targetSize = this.lengthArb.generate(mrng, void 0).value;
      biasFactorItems = biasFactor;
    } else if (mrng.nextInt(1, biasFactor) !== 1) targetSize = this.lengthArb.generate(mrng, void 0).value;
    else if (mrng.nextInt(1, biasFactor) !== 1) {
      targetSize = this.lengthArb.generate(mrng, void 0).value;
      biasFactorItems = biasFactor;
    } else {
      const maxBiasedLength = this.cachedBiasedMaxLength;
      targetSize = integer({
        min: this.minLength,
        max: maxBiasedLength
      }).generate(mrng, void 0).value;
      biasFactorItems = biasFactor;
    }
    const items2 = this.setBuilder !== void 0 ? this.safeGenerateNItemsNoDuplicates(this.setBuilder, targetSize, mrng, biasFactorItems) : this.safeGenerateNItems(targetSize, mrng, biasFactorItems);
    return this.wrapper(items2, false, void 0, 0);
  }
  canShrinkWithoutContext(value) {
    if (!safeArrayIsArray$2(value) || this.minLength > value.length || value.length > this.maxLength) return false;
    for (let index = 0; index !== value.length; ++index) {
      if (!(index in value)) return false;
      if (!this.arb.canShrinkWithoutContext(value[index])) return false;
    }
    return this.preFilter(safeMap(value, (item) => new Value(item, void 0))).length === value.length;
  }
  shrinkItemByItem(value, safeContext, endIndex) {
    const shrinks = [];
    for (let index = safeContext.startIndex; index < endIndex; ++index) safePush(shrinks, makeLazy(() => this.arb.shrink(value[index], safeContext.itemsContexts[index]).map((v) => {
      const beforeCurrent = safeMap(safeSlice(value, 0, index), (v2, i) => new Value(cloneIfNeeded(v2), safeContext.itemsContexts[i]));
      const afterCurrent = safeMap(safeSlice(value, index + 1), (v2, i) => new Value(cloneIfNeeded(v2), safeContext.itemsContexts[i + index + 1]));
      return [
        [
          ...beforeCurrent,
          v,
          ...afterCurrent
        ],
        void 0,
        index
      ];
    })));
    return Stream.nil().join(...shrinks);
  }
  shrinkImpl(value, context4) {
    if (value.length === 0) return Stream.nil();
    const safeContext = context4 !== void 0 ? context4 : {
      shrunkOnce: false,
      lengthContext: void 0,
      itemsContexts: [],
      startIndex: 0
    };
    return this.lengthArb.shrink(value.length, safeContext.lengthContext).drop(safeContext.shrunkOnce && safeContext.lengthContext === void 0 && value.length > this.minLength + 1 ? 1 : 0).map((lengthValue) => {
      const sliceStart = value.length - lengthValue.value;
      return [
        safeMap(safeSlice(value, sliceStart), (v, index) => new Value(cloneIfNeeded(v), safeContext.itemsContexts[index + sliceStart])),
        lengthValue.context,
        0
      ];
    }).join(makeLazy(() => value.length > this.minLength ? this.shrinkItemByItem(value, safeContext, 1) : this.shrinkItemByItem(value, safeContext, value.length))).join(value.length > this.minLength ? makeLazy(() => {
      const subContext = {
        shrunkOnce: false,
        lengthContext: void 0,
        itemsContexts: safeSlice(safeContext.itemsContexts, 1),
        startIndex: 0
      };
      return this.shrinkImpl(safeSlice(value, 1), subContext).filter((v) => this.minLength <= v[0].length + 1).map((v) => {
        return [
          [new Value(cloneIfNeeded(value[0]), safeContext.itemsContexts[0]), ...v[0]],
          void 0,
          0
        ];
      });
    }) : Stream.nil());
  }
  shrink(value, context4) {
    return this.shrinkImpl(value, context4).map((contextualValue) => this.wrapper(contextualValue[0], true, contextualValue[1], contextualValue[2]));
  }
};
var safeMathFloor$3 = Math.floor;
var safeMathMin$4 = Math.min;
var MaxLengthUpperBound = 2147483647;
var orderedSize = [
  "xsmall",
  "small",
  "medium",
  "large",
  "xlarge"
];
var orderedRelativeSize = [
  "-4",
  "-3",
  "-2",
  "-1",
  "=",
  "+1",
  "+2",
  "+3",
  "+4"
];
var DefaultSize = "small";
function maxLengthFromMinLength(minLength, size) {
  switch (size) {
    case "xsmall":
      return safeMathFloor$3(1.1 * minLength) + 1;
    case "small":
      return 2 * minLength + 10;
    case "medium":
      return 11 * minLength + 100;
    case "large":
      return 101 * minLength + 1e3;
    case "xlarge":
      return 1001 * minLength + 1e4;
    default:
      throw new Error(`Unable to compute lengths based on received size: ${size}`);
  }
}
function relativeSizeToSize(size, defaultSize) {
  const sizeInRelative = safeIndexOf(orderedRelativeSize, size);
  if (sizeInRelative === -1) return size;
  const defaultSizeInSize = safeIndexOf(orderedSize, defaultSize);
  if (defaultSizeInSize === -1) throw new Error(`Unable to offset size based on the unknown defaulted one: ${defaultSize}`);
  const resultingSizeInSize = defaultSizeInSize + sizeInRelative - 4;
  return resultingSizeInSize < 0 ? orderedSize[0] : resultingSizeInSize >= orderedSize.length ? orderedSize[orderedSize.length - 1] : orderedSize[resultingSizeInSize];
}
function maxGeneratedLengthFromSizeForArbitrary(size, minLength, maxLength, specifiedMaxLength) {
  const { baseSize: defaultSize = DefaultSize, defaultSizeToMaxWhenMaxSpecified } = readConfigureGlobal() || {};
  const definedSize = size !== void 0 ? size : specifiedMaxLength && defaultSizeToMaxWhenMaxSpecified ? "max" : defaultSize;
  if (definedSize === "max") return maxLength;
  const finalSize = relativeSizeToSize(definedSize, defaultSize);
  return safeMathMin$4(maxLengthFromMinLength(minLength, finalSize), maxLength);
}
function depthBiasFromSizeForArbitrary(depthSizeOrSize, specifiedMaxDepth) {
  if (typeof depthSizeOrSize === "number") return 1 / depthSizeOrSize;
  const { baseSize: defaultSize = DefaultSize, defaultSizeToMaxWhenMaxSpecified } = readConfigureGlobal() || {};
  const definedSize = depthSizeOrSize !== void 0 ? depthSizeOrSize : specifiedMaxDepth && defaultSizeToMaxWhenMaxSpecified ? "max" : defaultSize;
  if (definedSize === "max") return 0;
  switch (relativeSizeToSize(definedSize, defaultSize)) {
    case "xsmall":
      return 1;
    case "small":
      return 0.5;
    case "medium":
      return 0.25;
    case "large":
      return 0.125;
    case "xlarge":
      return 0.0625;
  }
}
function resolveSize(size) {
  const { baseSize: defaultSize = DefaultSize } = readConfigureGlobal() || {};
  if (size === void 0) return defaultSize;
  return relativeSizeToSize(size, defaultSize);
}
function array(arb, constraints = {}) {
  const size = constraints.size;
  const minLength = constraints.minLength || 0;
  const maxLengthOrUnset = constraints.maxLength;
  const depthIdentifier = constraints.depthIdentifier;
  const maxLength = maxLengthOrUnset !== void 0 ? maxLengthOrUnset : MaxLengthUpperBound;
  return new ArrayArbitrary(arb, minLength, maxGeneratedLengthFromSizeForArbitrary(size, minLength, maxLength, maxLengthOrUnset !== void 0), maxLength, depthIdentifier, void 0, constraints.experimentalCustomSlices || []);
}
function halveBigInt(n) {
  return n / SBigInt2(2);
}
function shrinkBigInt(current, target, tryTargetAsap) {
  const realGap = current - target;
  function* shrinkDecr() {
    let previous = tryTargetAsap ? void 0 : target;
    const gap = tryTargetAsap ? realGap : halveBigInt(realGap);
    for (let toremove = gap; toremove > 0; toremove = halveBigInt(toremove)) {
      const next = current - toremove;
      yield new Value(next, previous);
      previous = next;
    }
  }
  function* shrinkIncr() {
    let previous = tryTargetAsap ? void 0 : target;
    const gap = tryTargetAsap ? realGap : halveBigInt(realGap);
    for (let toremove = gap; toremove < 0; toremove = halveBigInt(toremove)) {
      const next = current - toremove;
      yield new Value(next, previous);
      previous = next;
    }
  }
  return realGap > 0 ? stream(shrinkDecr()) : stream(shrinkIncr());
}
var BigIntArbitrary = class BigIntArbitrary2 extends Arbitrary {
  constructor(min4, max4) {
    super();
    this.min = min4;
    this.max = max4;
  }
  generate(mrng, biasFactor) {
    const range = this.computeGenerateRange(mrng, biasFactor);
    return new Value(mrng.nextBigInt(range.min, range.max), void 0);
  }
  computeGenerateRange(mrng, biasFactor) {
    if (biasFactor === void 0 || mrng.nextInt(1, biasFactor) !== 1) return {
      min: this.min,
      max: this.max
    };
    const ranges = biasNumericRange(this.min, this.max, bigIntLogLike);
    if (ranges.length === 1) return ranges[0];
    const id = mrng.nextInt(-2 * (ranges.length - 1), ranges.length - 2);
    return id < 0 ? ranges[0] : ranges[id + 1];
  }
  canShrinkWithoutContext(value) {
    return typeof value === "bigint" && this.min <= value && value <= this.max;
  }
  shrink(current, context4) {
    if (!BigIntArbitrary2.isValidContext(current, context4)) return shrinkBigInt(current, this.defaultTarget(), true);
    if (this.isLastChanceTry(current, context4)) return Stream.of(new Value(context4, void 0));
    return shrinkBigInt(current, context4, false);
  }
  defaultTarget() {
    if (this.min <= 0 && this.max >= 0) return SBigInt2(0);
    return this.min < 0 ? this.max : this.min;
  }
  isLastChanceTry(current, context4) {
    if (current > 0) return current === context4 + SBigInt2(1) && current > this.min;
    if (current < 0) return current === context4 - SBigInt2(1) && current < this.max;
    return false;
  }
  static isValidContext(current, context4) {
    if (context4 === void 0) return false;
    if (typeof context4 !== "bigint") throw new Error(`Invalid context type passed to BigIntArbitrary (#1)`);
    const differentSigns = current > 0 && context4 < 0 || current < 0 && context4 > 0;
    if (context4 !== SBigInt2(0) && differentSigns) throw new Error(`Invalid context value passed to BigIntArbitrary (#2)`);
    return true;
  }
};
function buildCompleteBigIntConstraints(constraints) {
  const DefaultMin = SBigInt2(-1) << SBigInt2(255);
  const DefaultMax = (SBigInt2(1) << SBigInt2(255)) - SBigInt2(1);
  const min4 = constraints.min;
  const max4 = constraints.max;
  return {
    min: min4 !== void 0 ? min4 : DefaultMin - (max4 !== void 0 && max4 < SBigInt2(0) ? max4 * max4 : SBigInt2(0)),
    max: max4 !== void 0 ? max4 : DefaultMax + (min4 !== void 0 && min4 > SBigInt2(0) ? min4 * min4 : SBigInt2(0))
  };
}
function extractBigIntConstraints(args2) {
  if (args2[0] === void 0) return {};
  if (args2[1] === void 0) return args2[0];
  return {
    min: args2[0],
    max: args2[1]
  };
}
function bigInt(...args2) {
  const constraints = buildCompleteBigIntConstraints(extractBigIntConstraints(args2));
  if (constraints.min > constraints.max) throw new Error("fc.bigInt expects max to be greater than or equal to min");
  return new BigIntArbitrary(constraints.min, constraints.max);
}
var stableObjectGetPrototypeOf$1 = Object.getPrototypeOf;
var NoBiasArbitrary = class extends Arbitrary {
  constructor(arb) {
    super();
    this.arb = arb;
  }
  generate(mrng, _biasFactor) {
    return this.arb.generate(mrng, void 0);
  }
  canShrinkWithoutContext(value) {
    return this.arb.canShrinkWithoutContext(value);
  }
  shrink(value, context4) {
    return this.arb.shrink(value, context4);
  }
};
function noBias(arb) {
  if (stableObjectGetPrototypeOf$1(arb) === NoBiasArbitrary.prototype && arb.generate === NoBiasArbitrary.prototype.generate && arb.canShrinkWithoutContext === NoBiasArbitrary.prototype.canShrinkWithoutContext && arb.shrink === NoBiasArbitrary.prototype.shrink) return arb;
  return new NoBiasArbitrary(arb);
}
function booleanMapper(v) {
  return v === 1;
}
function booleanUnmapper(v) {
  if (typeof v !== "boolean") throw new Error("Unsupported input type");
  return v === true ? 1 : 0;
}
function boolean() {
  return noBias(integer({
    min: 0,
    max: 1
  }).map(booleanMapper, booleanUnmapper));
}
var safeObjectIs$5 = Object.is;
var FastConstantValuesLookup = class {
  constructor(values) {
    this.values = values;
    this.fastValues = new SSet(this.values);
    let hasMinusZero = false;
    let hasPlusZero = false;
    if (safeHas(this.fastValues, 0)) for (let idx = 0; idx !== this.values.length; ++idx) {
      const value = this.values[idx];
      hasMinusZero = hasMinusZero || safeObjectIs$5(value, -0);
      hasPlusZero = hasPlusZero || safeObjectIs$5(value, 0);
    }
    this.hasMinusZero = hasMinusZero;
    this.hasPlusZero = hasPlusZero;
  }
  has(value) {
    if (value === 0) {
      if (safeObjectIs$5(value, 0)) return this.hasPlusZero;
      return this.hasMinusZero;
    }
    return safeHas(this.fastValues, value);
  }
};
var ConstantArbitrary = class extends Arbitrary {
  constructor(values) {
    super();
    this.values = values;
  }
  generate(mrng, _biasFactor) {
    const idx = this.values.length === 1 ? 0 : mrng.nextInt(0, this.values.length - 1);
    const value = this.values[idx];
    if (!hasCloneMethod(value)) return new Value(value, idx);
    return new Value(value, idx, () => value[cloneMethod]());
  }
  canShrinkWithoutContext(value) {
    if (this.values.length === 1) return safeObjectIs$5(this.values[0], value);
    if (this.fastValues === void 0) this.fastValues = new FastConstantValuesLookup(this.values);
    return this.fastValues.has(value);
  }
  shrink(value, context4) {
    if (context4 === 0 || safeObjectIs$5(value, this.values[0])) return Stream.nil();
    return Stream.of(new Value(this.values[0], 0));
  }
};
function constantFrom(...values) {
  if (values.length === 0) throw new Error("fc.constantFrom expects at least one parameter");
  return new ConstantArbitrary(values);
}
function falsy(constraints) {
  if (!constraints || !constraints.withBigInt) return constantFrom(false, null, void 0, 0, "", NaN);
  return constantFrom(false, null, void 0, 0, "", NaN, SBigInt2(0));
}
function constant(value) {
  return new ConstantArbitrary([value]);
}
var ContextImplem = class ContextImplem2 {
  constructor() {
    this.receivedLogs = [];
  }
  log(data) {
    this.receivedLogs.push(data);
  }
  size() {
    return this.receivedLogs.length;
  }
  toString() {
    return JSON.stringify({ logs: this.receivedLogs });
  }
  [cloneMethod]() {
    return new ContextImplem2();
  }
};
function context() {
  return constant(new ContextImplem());
}
var safeNaN$2 = NaN;
var safeNumberIsNaN$4 = Number.isNaN;
function timeToDateMapper(time) {
  return new SDate(time);
}
function timeToDateUnmapper(value) {
  if (!(value instanceof SDate) || value.constructor !== SDate) throw new SError("Not a valid value for date unmapper");
  return safeGetTime(value);
}
function timeToDateMapperWithNaN(valueForNaN) {
  return (time) => {
    return time === valueForNaN ? new SDate(safeNaN$2) : timeToDateMapper(time);
  };
}
function timeToDateUnmapperWithNaN(valueForNaN) {
  return (value) => {
    const time = timeToDateUnmapper(value);
    return safeNumberIsNaN$4(time) ? valueForNaN : time;
  };
}
var safeNumberIsNaN$3 = Number.isNaN;
function date(constraints = {}) {
  const intMin = constraints.min !== void 0 ? safeGetTime(constraints.min) : -864e13;
  const intMax = constraints.max !== void 0 ? safeGetTime(constraints.max) : 864e13;
  const noInvalidDate = constraints.noInvalidDate;
  if (safeNumberIsNaN$3(intMin)) throw new Error("fc.date min must be valid instance of Date");
  if (safeNumberIsNaN$3(intMax)) throw new Error("fc.date max must be valid instance of Date");
  if (intMin > intMax) throw new Error("fc.date max must be greater or equal to min");
  if (noInvalidDate) return integer({
    min: intMin,
    max: intMax
  }).map(timeToDateMapper, timeToDateUnmapper);
  const valueForNaN = intMax + 1;
  return integer({
    min: intMin,
    max: intMax + 1
  }).map(timeToDateMapperWithNaN(valueForNaN), timeToDateUnmapperWithNaN(valueForNaN));
}
var ChainUntilArbitrary = class extends Arbitrary {
  constructor(startArb, chainer) {
    super();
    this.startArb = startArb;
    this.chainer = chainer;
  }
  generate(mrng, biasFactor) {
    const entries = [];
    const clonedMrng = mrng.clone();
    let current = this.startArb.generate(mrng, biasFactor);
    entries.push({
      arbitrary: this.startArb,
      value: current.value_,
      context: current.context,
      clonedMrng
    });
    while (true) {
      const nextArb = this.chainer(current.value_);
      if (nextArb === void 0) break;
      const nextClonedMrng = mrng.clone();
      current = nextArb.generate(mrng, biasFactor);
      entries.push({
        arbitrary: nextArb,
        value: current.value_,
        context: current.context,
        clonedMrng: nextClonedMrng
      });
    }
    const ctx = {
      biasFactor,
      entries,
      currentShrinkLevel: 0
    };
    return new Value(current.value_, ctx);
  }
  canShrinkWithoutContext(_value) {
    return false;
  }
  shrink(value, context4) {
    if (!this.isSafeContext(context4)) return Stream.nil();
    return new Stream(this.shrinkIterator(context4));
  }
  *shrinkIterator(context4) {
    const { entries, currentShrinkLevel, biasFactor } = context4;
    for (let level = currentShrinkLevel; level < entries.length; ++level) {
      const entry = entries[level];
      const shrinks = entry.arbitrary.shrink(entry.value, entry.context);
      for (const shrunkValue of shrinks) {
        const newEntries = entries.slice(0, level);
        newEntries.push({
          arbitrary: entry.arbitrary,
          value: shrunkValue.value_,
          context: shrunkValue.context,
          clonedMrng: entry.clonedMrng
        });
        let current = shrunkValue;
        const mrng = entry.clonedMrng.clone();
        while (true) {
          const nextArb = this.chainer(current.value_);
          if (nextArb === void 0) break;
          const nextClonedMrng = mrng.clone();
          const next = nextArb.generate(mrng, biasFactor);
          newEntries.push({
            arbitrary: nextArb,
            value: next.value_,
            context: next.context,
            clonedMrng: nextClonedMrng
          });
          current = next;
        }
        const lastEntry = newEntries[newEntries.length - 1];
        const newContext = {
          biasFactor,
          entries: newEntries,
          currentShrinkLevel: level
        };
        yield new Value(lastEntry.value, newContext);
      }
    }
  }
  isSafeContext(context4) {
    return context4 !== null && context4 !== void 0 && typeof context4 === "object" && "biasFactor" in context4 && "entries" in context4 && "currentShrinkLevel" in context4;
  }
};
function chainUntil(startArb, chainer) {
  return new ChainUntilArbitrary(startArb, chainer);
}
var safeSymbolIterator = Symbol.iterator;
var safeIsArray = Array.isArray;
var safeObjectIs$4 = Object.is;
var CloneArbitrary = class CloneArbitrary2 extends Arbitrary {
  constructor(arb, numValues) {
    super();
    this.arb = arb;
    this.numValues = numValues;
  }
  generate(mrng, biasFactor) {
    const items2 = [];
    if (this.numValues <= 0) return this.wrapper(items2);
    for (let idx = 0; idx !== this.numValues - 1; ++idx) safePush(items2, this.arb.generate(mrng.clone(), biasFactor));
    safePush(items2, this.arb.generate(mrng, biasFactor));
    return this.wrapper(items2);
  }
  canShrinkWithoutContext(value) {
    if (!safeIsArray(value) || value.length !== this.numValues) return false;
    if (value.length === 0) return true;
    for (let index = 1; index < value.length; ++index) if (!safeObjectIs$4(value[0], value[index])) return false;
    return this.arb.canShrinkWithoutContext(value[0]);
  }
  shrink(value, context4) {
    if (value.length === 0) return Stream.nil();
    return new Stream(this.shrinkImpl(value, context4 !== void 0 ? context4 : [])).map((v) => this.wrapper(v));
  }
  *shrinkImpl(value, contexts) {
    const its = safeMap(value, (v, idx) => this.arb.shrink(v, contexts[idx])[safeSymbolIterator]());
    let cur = safeMap(its, (it) => it.next());
    while (!cur[0].done) {
      yield safeMap(cur, (c) => c.value);
      cur = safeMap(its, (it) => it.next());
    }
  }
  static makeItCloneable(vs, shrinkables) {
    vs[cloneMethod] = () => {
      const cloned = [];
      for (let idx = 0; idx !== shrinkables.length; ++idx) safePush(cloned, shrinkables[idx].value);
      this.makeItCloneable(cloned, shrinkables);
      return cloned;
    };
    return vs;
  }
  wrapper(items2) {
    let cloneable = false;
    const vs = [];
    const contexts = [];
    for (let idx = 0; idx !== items2.length; ++idx) {
      const s = items2[idx];
      cloneable = cloneable || s.hasToBeCloned;
      safePush(vs, s.value);
      safePush(contexts, s.context);
    }
    if (cloneable) CloneArbitrary2.makeItCloneable(vs, items2);
    return new Value(vs, contexts);
  }
};
function clone(arb, numValues) {
  return new CloneArbitrary(arb, numValues);
}
var CustomEqualSet = class {
  constructor(isEqual2) {
    this.isEqual = isEqual2;
    this.data = [];
  }
  tryAdd(value) {
    for (let idx = 0; idx !== this.data.length; ++idx) if (this.isEqual(this.data[idx], value)) return false;
    safePush(this.data, value);
    return true;
  }
  size() {
    return this.data.length;
  }
  getData() {
    return this.data;
  }
};
var safeNumberIsNaN$2 = Number.isNaN;
var StrictlyEqualSet = class {
  constructor(selector) {
    this.selector = selector;
    this.selectedItemsExceptNaN = new SSet();
    this.data = [];
  }
  tryAdd(value) {
    const selected = this.selector(value);
    if (safeNumberIsNaN$2(selected)) {
      safePush(this.data, value);
      return true;
    }
    const sizeBefore = this.selectedItemsExceptNaN.size;
    safeAdd(this.selectedItemsExceptNaN, selected);
    if (sizeBefore !== this.selectedItemsExceptNaN.size) {
      safePush(this.data, value);
      return true;
    }
    return false;
  }
  size() {
    return this.data.length;
  }
  getData() {
    return this.data;
  }
};
var safeObjectIs$3 = Object.is;
var SameValueSet = class {
  constructor(selector) {
    this.selector = selector;
    this.selectedItemsExceptMinusZero = new SSet();
    this.data = [];
    this.hasMinusZero = false;
  }
  tryAdd(value) {
    const selected = this.selector(value);
    if (safeObjectIs$3(selected, -0)) {
      if (this.hasMinusZero) return false;
      safePush(this.data, value);
      this.hasMinusZero = true;
      return true;
    }
    const sizeBefore = this.selectedItemsExceptMinusZero.size;
    safeAdd(this.selectedItemsExceptMinusZero, selected);
    if (sizeBefore !== this.selectedItemsExceptMinusZero.size) {
      safePush(this.data, value);
      return true;
    }
    return false;
  }
  size() {
    return this.data.length;
  }
  getData() {
    return this.data;
  }
};
var SameValueZeroSet = class {
  constructor(selector) {
    this.selector = selector;
    this.selectedItems = new SSet();
    this.data = [];
  }
  tryAdd(value) {
    const selected = this.selector(value);
    const sizeBefore = this.selectedItems.size;
    safeAdd(this.selectedItems, selected);
    if (sizeBefore !== this.selectedItems.size) {
      safePush(this.data, value);
      return true;
    }
    return false;
  }
  size() {
    return this.data.length;
  }
  getData() {
    return this.data;
  }
};
function buildUniqueArraySetBuilder(constraints) {
  if (typeof constraints.comparator === "function") {
    if (constraints.selector === void 0) {
      const comparator2 = constraints.comparator;
      const isEqualForBuilder2 = (nextA, nextB) => comparator2(nextA.value_, nextB.value_);
      return () => new CustomEqualSet(isEqualForBuilder2);
    }
    const comparator = constraints.comparator;
    const selector2 = constraints.selector;
    const refinedSelector2 = (next) => selector2(next.value_);
    const isEqualForBuilder = (nextA, nextB) => comparator(refinedSelector2(nextA), refinedSelector2(nextB));
    return () => new CustomEqualSet(isEqualForBuilder);
  }
  const selector = constraints.selector || ((v) => v);
  const refinedSelector = (next) => selector(next.value_);
  switch (constraints.comparator) {
    case "IsStrictlyEqual":
      return () => new StrictlyEqualSet(refinedSelector);
    case "SameValueZero":
      return () => new SameValueZeroSet(refinedSelector);
    case "SameValue":
    case void 0:
      return () => new SameValueSet(refinedSelector);
  }
}
function uniqueArray(arb, constraints = {}) {
  const minLength = constraints.minLength !== void 0 ? constraints.minLength : 0;
  const maxLength = constraints.maxLength !== void 0 ? constraints.maxLength : MaxLengthUpperBound;
  const maxGeneratedLength = maxGeneratedLengthFromSizeForArbitrary(constraints.size, minLength, maxLength, constraints.maxLength !== void 0);
  const depthIdentifier = constraints.depthIdentifier;
  const arrayArb = new ArrayArbitrary(arb, minLength, maxGeneratedLength, maxLength, depthIdentifier, buildUniqueArraySetBuilder(constraints), []);
  if (minLength === 0) return arrayArb;
  return arrayArb.filter((tab) => tab.length >= minLength);
}
var safeObjectCreate$5 = Object.create;
var safeObjectDefineProperty$2 = Object.defineProperty;
var safeObjectGetOwnPropertyDescriptor$2 = Object.getOwnPropertyDescriptor;
var safeObjectGetPrototypeOf$1 = Object.getPrototypeOf;
var safeObjectPrototype$1 = Object.prototype;
var safeReflectOwnKeys = Reflect.ownKeys;
function keyValuePairsToObjectMapper(definition) {
  const obj = definition[1] ? safeObjectCreate$5(null) : {};
  const keyValues = definition[0];
  for (let idx = 0; idx !== keyValues.length; ++idx) {
    const key = keyValues[idx][0];
    if (key === "__proto__") safeObjectDefineProperty$2(obj, key, {
      enumerable: true,
      configurable: true,
      writable: true,
      value: keyValues[idx][1]
    });
    else obj[key] = keyValues[idx][1];
  }
  return obj;
}
function isValidPropertyNameFilter(descriptor) {
  return descriptor !== void 0 && !!descriptor.configurable && !!descriptor.enumerable && !!descriptor.writable && descriptor.get === void 0 && descriptor.set === void 0;
}
function keyValuePairsToObjectUnmapper(value) {
  if (typeof value !== "object" || value === null) throw new SError("Incompatible instance received: should be a non-null object");
  const hasNullPrototype = safeObjectGetPrototypeOf$1(value) === null;
  const hasObjectPrototype = safeObjectGetPrototypeOf$1(value) === safeObjectPrototype$1;
  if (!hasNullPrototype && !hasObjectPrototype) throw new SError("Incompatible instance received: should be of exact type Object");
  const propertyDescriptors = safeMap(safeReflectOwnKeys(value), (key) => [key, safeObjectGetOwnPropertyDescriptor$2(value, key)]);
  if (!safeEvery(propertyDescriptors, ([, descriptor]) => isValidPropertyNameFilter(descriptor))) throw new SError("Incompatible instance received: should contain only c/e/w properties without get/set");
  return [safeMap(propertyDescriptors, ([key, descriptor]) => [key, descriptor.value]), hasNullPrototype];
}
function dictionaryKeyExtractor(entry) {
  return entry[0];
}
function dictionary(keyArb, valueArb, constraints = {}) {
  const noNullPrototype = !!constraints.noNullPrototype;
  return tuple(uniqueArray(tuple(keyArb, valueArb), {
    minLength: constraints.minKeys,
    maxLength: constraints.maxKeys,
    size: constraints.size,
    selector: dictionaryKeyExtractor,
    depthIdentifier: constraints.depthIdentifier
  }), noNullPrototype ? constant(false) : boolean()).map(keyValuePairsToObjectMapper, keyValuePairsToObjectUnmapper);
}
var safePositiveInfinity$7 = Number.POSITIVE_INFINITY;
var safeMaxSafeInteger$2 = Number.MAX_SAFE_INTEGER;
var safeNumberIsInteger$4 = Number.isInteger;
var safeMathFloor$2 = Math.floor;
var safeMathPow = Math.pow;
var safeMathMin$3 = Math.min;
var FrequencyArbitrary = class FrequencyArbitrary2 extends Arbitrary {
  static from(warbs, constraints, label) {
    if (warbs.length === 0) throw new Error(`${label} expects at least one weighted arbitrary`);
    let totalWeight = 0;
    for (let idx = 0; idx !== warbs.length; ++idx) {
      if (warbs[idx].arbitrary === void 0) throw new Error(`${label} expects arbitraries to be specified`);
      const currentWeight = warbs[idx].weight;
      totalWeight += currentWeight;
      if (!safeNumberIsInteger$4(currentWeight)) throw new Error(`${label} expects weights to be integer values`);
      if (currentWeight < 0) throw new Error(`${label} expects weights to be superior or equal to 0`);
    }
    if (totalWeight <= 0) throw new Error(`${label} expects the sum of weights to be strictly superior to 0`);
    const sanitizedConstraints = {
      depthBias: depthBiasFromSizeForArbitrary(constraints.depthSize, constraints.maxDepth !== void 0),
      maxDepth: constraints.maxDepth !== void 0 ? constraints.maxDepth : safePositiveInfinity$7,
      withCrossShrink: !!constraints.withCrossShrink
    };
    return new FrequencyArbitrary2(warbs, sanitizedConstraints, getDepthContextFor(constraints.depthIdentifier));
  }
  constructor(warbs, constraints, context4) {
    super();
    this.warbs = warbs;
    this.constraints = constraints;
    this.context = context4;
    let currentWeight = 0;
    this.cumulatedWeights = [];
    for (let idx = 0; idx !== warbs.length; ++idx) {
      currentWeight += warbs[idx].weight;
      safePush(this.cumulatedWeights, currentWeight);
    }
    this.totalWeight = currentWeight;
  }
  generate(mrng, biasFactor) {
    if (this.mustGenerateFirst()) return this.safeGenerateForIndex(mrng, 0, biasFactor);
    const selected = mrng.nextInt(this.computeNegDepthBenefit(), this.totalWeight - 1);
    for (let idx = 0; idx !== this.cumulatedWeights.length; ++idx) if (selected < this.cumulatedWeights[idx]) return this.safeGenerateForIndex(mrng, idx, biasFactor);
    throw new Error(`Unable to generate from fc.frequency`);
  }
  canShrinkWithoutContext(value) {
    return this.canShrinkWithoutContextIndex(value) !== -1;
  }
  shrink(value, context4) {
    if (context4 !== void 0) {
      const safeContext = context4;
      const selectedIndex = safeContext.selectedIndex;
      const originalBias = safeContext.originalBias;
      const originalShrinks = this.warbs[selectedIndex].arbitrary.shrink(value, safeContext.originalContext).map((v) => this.mapIntoValue(selectedIndex, v, null, originalBias));
      if (safeContext.clonedMrngForFallbackFirst !== null) {
        if (safeContext.cachedGeneratedForFirst === void 0) safeContext.cachedGeneratedForFirst = this.safeGenerateForIndex(safeContext.clonedMrngForFallbackFirst, 0, originalBias);
        const valueFromFirst = safeContext.cachedGeneratedForFirst;
        return Stream.of(valueFromFirst).join(originalShrinks);
      }
      return originalShrinks;
    }
    const potentialSelectedIndex = this.canShrinkWithoutContextIndex(value);
    if (potentialSelectedIndex === -1) return Stream.nil();
    return this.defaultShrinkForFirst(potentialSelectedIndex).join(this.warbs[potentialSelectedIndex].arbitrary.shrink(value, void 0).map((v) => this.mapIntoValue(potentialSelectedIndex, v, null, void 0)));
  }
  /** Generate shrink values for first arbitrary when no context and no value was provided */
  defaultShrinkForFirst(selectedIndex) {
    ++this.context.depth;
    try {
      if (!this.mustFallbackToFirstInShrink(selectedIndex) || this.warbs[0].fallbackValue === void 0) return Stream.nil();
    } finally {
      --this.context.depth;
    }
    const rawShrinkValue = new Value(this.warbs[0].fallbackValue.default, void 0);
    return Stream.of(this.mapIntoValue(0, rawShrinkValue, null, void 0));
  }
  /** Extract the index of the generator that would have been able to gennrate the value */
  canShrinkWithoutContextIndex(value) {
    if (this.mustGenerateFirst()) return this.warbs[0].arbitrary.canShrinkWithoutContext(value) ? 0 : -1;
    try {
      ++this.context.depth;
      for (let idx = 0; idx !== this.warbs.length; ++idx) {
        const warb = this.warbs[idx];
        if (warb.weight !== 0 && warb.arbitrary.canShrinkWithoutContext(value)) return idx;
      }
      return -1;
    } finally {
      --this.context.depth;
    }
  }
  /** Map the output of one of the children with the context of frequency */
  mapIntoValue(idx, value, clonedMrngForFallbackFirst, biasFactor) {
    const context4 = {
      selectedIndex: idx,
      originalBias: biasFactor,
      originalContext: value.context,
      clonedMrngForFallbackFirst
    };
    return new Value(value.value, context4);
  }
  /** Generate using Arbitrary at index idx and safely handle depth context */
  safeGenerateForIndex(mrng, idx, biasFactor) {
    ++this.context.depth;
    try {
      const value = this.warbs[idx].arbitrary.generate(mrng, biasFactor);
      const clonedMrngForFallbackFirst = this.mustFallbackToFirstInShrink(idx) ? mrng.clone() : null;
      return this.mapIntoValue(idx, value, clonedMrngForFallbackFirst, biasFactor);
    } finally {
      --this.context.depth;
    }
  }
  /** Check if generating a value based on the first arbitrary is compulsory */
  mustGenerateFirst() {
    return this.constraints.maxDepth <= this.context.depth;
  }
  /** Check if fallback on first arbitrary during shrinking is required */
  mustFallbackToFirstInShrink(idx) {
    return idx !== 0 && this.constraints.withCrossShrink && this.warbs[0].weight !== 0;
  }
  /** Compute the benefit for the current depth */
  computeNegDepthBenefit() {
    const depthBias = this.constraints.depthBias;
    if (depthBias <= 0 || this.warbs[0].weight === 0) return 0;
    const depthBenefit = safeMathFloor$2(safeMathPow(1 + depthBias, this.context.depth)) - 1;
    return -safeMathMin$3(this.totalWeight * depthBenefit, safeMaxSafeInteger$2) || 0;
  }
};
function isOneOfContraints(param) {
  return param !== null && param !== void 0 && typeof param === "object" && !("generate" in param) && !("arbitrary" in param) && !("weight" in param);
}
function toWeightedArbitrary(maybeWeightedArbitrary) {
  if (isArbitrary(maybeWeightedArbitrary)) return {
    arbitrary: maybeWeightedArbitrary,
    weight: 1
  };
  return maybeWeightedArbitrary;
}
function oneof(...args2) {
  const constraints = args2[0];
  if (isOneOfContraints(constraints)) {
    const weightedArbs2 = safeMap(safeSlice(args2, 1), toWeightedArbitrary);
    return FrequencyArbitrary.from(weightedArbs2, constraints, "fc.oneof");
  }
  const weightedArbs = safeMap(args2, toWeightedArbitrary);
  return FrequencyArbitrary.from(weightedArbs, {}, "fc.oneof");
}
var safeNumberIsInteger$3 = Number.isInteger;
function nat(arg) {
  const max4 = typeof arg === "number" ? arg : arg && arg.max !== void 0 ? arg.max : 2147483647;
  if (max4 < 0) throw new Error("fc.nat value should be greater than or equal to 0");
  if (!safeNumberIsInteger$3(max4)) throw new Error("fc.nat maximum value should be an integer");
  return new IntegerArbitrary(0, max4);
}
var safeObjectIs$2 = Object.is;
function buildDichotomyEntries(entries) {
  let currentFrom = 0;
  const dichotomyEntries = [];
  for (const entry of entries) {
    const from = currentFrom;
    currentFrom = from + entry.num;
    const to = currentFrom - 1;
    dichotomyEntries.push({
      from,
      to,
      entry
    });
  }
  return dichotomyEntries;
}
function findDichotomyEntry(dichotomyEntries, choiceIndex) {
  let min4 = 0;
  let max4 = dichotomyEntries.length;
  while (max4 - min4 > 1) {
    const mid = ~~((min4 + max4) / 2);
    if (choiceIndex < dichotomyEntries[mid].from) max4 = mid;
    else min4 = mid;
  }
  return dichotomyEntries[min4];
}
function indexToMappedConstantMapperFor(entries) {
  const dichotomyEntries = buildDichotomyEntries(entries);
  return function indexToMappedConstantMapper(choiceIndex) {
    const dichotomyEntry = findDichotomyEntry(dichotomyEntries, choiceIndex);
    return dichotomyEntry.entry.build(choiceIndex - dichotomyEntry.from);
  };
}
function buildReverseMapping(entries) {
  const reverseMapping = {
    mapping: new SMap$2(),
    negativeZeroIndex: void 0
  };
  let choiceIndex = 0;
  for (let entryIdx = 0; entryIdx !== entries.length; ++entryIdx) {
    const entry = entries[entryIdx];
    for (let idxInEntry = 0; idxInEntry !== entry.num; ++idxInEntry) {
      const value = entry.build(idxInEntry);
      if (value === 0 && 1 / value === SNumber.NEGATIVE_INFINITY) reverseMapping.negativeZeroIndex = choiceIndex;
      else safeMapSet(reverseMapping.mapping, value, choiceIndex);
      ++choiceIndex;
    }
  }
  return reverseMapping;
}
function indexToMappedConstantUnmapperFor(entries) {
  let reverseMapping = null;
  return function indexToMappedConstantUnmapper(value) {
    if (reverseMapping === null) reverseMapping = buildReverseMapping(entries);
    const choiceIndex = safeObjectIs$2(value, -0) ? reverseMapping.negativeZeroIndex : safeMapGet(reverseMapping.mapping, value);
    if (choiceIndex === void 0) throw new SError("Unknown value encountered cannot be built using this mapToConstant");
    return choiceIndex;
  };
}
function computeNumChoices(options) {
  if (options.length === 0) throw new SError(`fc.mapToConstant expects at least one option`);
  let numChoices = 0;
  for (let idx = 0; idx !== options.length; ++idx) {
    if (options[idx].num < 0) throw new SError(`fc.mapToConstant expects all options to have a number of entries greater or equal to zero`);
    numChoices += options[idx].num;
  }
  if (numChoices === 0) throw new SError(`fc.mapToConstant expects at least one choice among options`);
  return numChoices;
}
function mapToConstant(...entries) {
  return nat({ max: computeNumChoices(entries) - 1 }).map(indexToMappedConstantMapperFor(entries), indexToMappedConstantUnmapperFor(entries));
}
function tokenizeString(patternsArb, value, minLength, maxLength) {
  if (value.length === 0) {
    if (minLength > 0) return;
    return [];
  }
  if (maxLength <= 0) return;
  const stack = [{
    endIndexChunks: 0,
    nextStartIndex: 1,
    chunks: []
  }];
  while (stack.length > 0) {
    const last = safePop$1(stack);
    for (let index = last.nextStartIndex; index <= value.length; ++index) {
      const chunk = safeSubstring(value, last.endIndexChunks, index);
      if (patternsArb.canShrinkWithoutContext(chunk)) {
        const newChunks = [...last.chunks, chunk];
        if (index === value.length) {
          if (newChunks.length < minLength) break;
          return newChunks;
        }
        safePush(stack, {
          endIndexChunks: last.endIndexChunks,
          nextStartIndex: index + 1,
          chunks: last.chunks
        });
        if (newChunks.length < maxLength) safePush(stack, {
          endIndexChunks: index,
          nextStartIndex: index + 1,
          chunks: newChunks
        });
        break;
      }
    }
  }
}
function patternsToStringMapper(tab) {
  return safeJoin(tab, "");
}
function minLengthFrom(constraints) {
  return constraints.minLength !== void 0 ? constraints.minLength : 0;
}
function maxLengthFrom(constraints) {
  return constraints.maxLength !== void 0 ? constraints.maxLength : MaxLengthUpperBound;
}
function patternsToStringUnmapperIsValidLength(tokens, constraints) {
  return minLengthFrom(constraints) <= tokens.length && tokens.length <= maxLengthFrom(constraints);
}
function patternsToStringUnmapperFor(patternsArb, constraints) {
  return function patternsToStringUnmapper(value) {
    if (typeof value !== "string") throw new SError("Unsupported value");
    const tokens = tokenizeString(patternsArb, value, minLengthFrom(constraints), maxLengthFrom(constraints));
    if (tokens === void 0) throw new SError("Unable to unmap received string");
    return tokens;
  };
}
var dangerousStrings = [
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
  "__proto__",
  "constructor",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "toString",
  "valueOf",
  "apply",
  "arguments",
  "bind",
  "call",
  "caller",
  "length",
  "name",
  "prototype",
  "key",
  "ref"
];
function computeCandidateStringLegacy(dangerous, charArbitrary, stringSplitter) {
  let candidate;
  try {
    candidate = stringSplitter(dangerous);
  } catch {
    return;
  }
  for (const entry of candidate) if (!charArbitrary.canShrinkWithoutContext(entry)) return;
  return candidate;
}
function createSlicesForStringLegacy(charArbitrary, stringSplitter) {
  const slicesForString = [];
  for (const dangerous of dangerousStrings) {
    const candidate = computeCandidateStringLegacy(dangerous, charArbitrary, stringSplitter);
    if (candidate !== void 0) safePush(slicesForString, candidate);
  }
  return slicesForString;
}
var slicesPerArbitrary = /* @__PURE__ */ new WeakMap();
function createSlicesForStringNoConstraints(charArbitrary) {
  const slicesForString = [];
  for (const dangerous of dangerousStrings) {
    const candidate = tokenizeString(charArbitrary, dangerous, 0, MaxLengthUpperBound);
    if (candidate !== void 0) safePush(slicesForString, candidate);
  }
  return slicesForString;
}
function createSlicesForString(charArbitrary, constraints) {
  let slices = safeGet(slicesPerArbitrary, charArbitrary);
  if (slices === void 0) {
    slices = createSlicesForStringNoConstraints(charArbitrary);
    safeSet(slicesPerArbitrary, charArbitrary, slices);
  }
  const slicesForConstraints = [];
  for (const slice of slices) if (patternsToStringUnmapperIsValidLength(slice, constraints)) safePush(slicesForConstraints, slice);
  return slicesForConstraints;
}
var asciiAlphabetRanges = [[0, 127]];
var fullAlphabetRanges = [[0, 55295], [57344, 1114111]];
var autonomousGraphemeRanges = [
  [32, 126],
  [160, 172],
  [174, 767],
  [880, 887],
  [890, 895],
  [900, 906],
  [908],
  [910, 929],
  [931, 1154],
  [1162, 1327],
  [1329, 1366],
  [1369, 1418],
  [1421, 1423],
  [1470],
  [1472],
  [1475],
  [1478],
  [1488, 1514],
  [1519, 1524],
  [1542, 1551],
  [1563],
  [1565, 1610],
  [1632, 1647],
  [1649, 1749],
  [1758],
  [1765, 1766],
  [1769],
  [1774, 1805],
  [1808],
  [1810, 1839],
  [1869, 1957],
  [1969],
  [1984, 2026],
  [2036, 2042],
  [2046, 2069],
  [2074],
  [2084],
  [2088],
  [2096, 2110],
  [2112, 2136],
  [2142],
  [2144, 2154],
  [2160, 2190],
  [2208, 2249],
  [2308, 2361],
  [2365],
  [2384],
  [2392, 2401],
  [2404, 2432],
  [2437, 2444],
  [2447, 2448],
  [2451, 2472],
  [2474, 2480],
  [2482],
  [2486, 2489],
  [2493],
  [2510],
  [2524, 2525],
  [2527, 2529],
  [2534, 2557],
  [2565, 2570],
  [2575, 2576],
  [2579, 2600],
  [2602, 2608],
  [2610, 2611],
  [2613, 2614],
  [2616, 2617],
  [2649, 2652],
  [2654],
  [2662, 2671],
  [2674, 2676],
  [2678],
  [2693, 2701],
  [2703, 2705],
  [2707, 2728],
  [2730, 2736],
  [2738, 2739],
  [2741, 2745],
  [2749],
  [2768],
  [2784, 2785],
  [2790, 2801],
  [2809],
  [2821, 2828],
  [2831, 2832],
  [2835, 2856],
  [2858, 2864],
  [2866, 2867],
  [2869, 2873],
  [2877],
  [2908, 2909],
  [2911, 2913],
  [2918, 2935],
  [2947],
  [2949, 2954],
  [2958, 2960],
  [2962, 2965],
  [2969, 2970],
  [2972],
  [2974, 2975],
  [2979, 2980],
  [2984, 2986],
  [2990, 3001],
  [3024],
  [3046, 3066],
  [3077, 3084],
  [3086, 3088],
  [3090, 3112],
  [3114, 3129],
  [3133],
  [3160, 3162],
  [3165],
  [3168, 3169],
  [3174, 3183],
  [3191, 3200],
  [3204, 3212],
  [3214, 3216],
  [3218, 3240],
  [3242, 3251],
  [3253, 3257],
  [3261],
  [3293, 3294],
  [3296, 3297],
  [3302, 3311],
  [3313, 3314],
  [3332, 3340],
  [3342, 3344],
  [3346, 3386],
  [3389],
  [3407],
  [3412, 3414],
  [3416, 3425],
  [3430, 3455],
  [3461, 3478],
  [3482, 3505],
  [3507, 3515],
  [3517],
  [3520, 3526],
  [3558, 3567],
  [3572],
  [3585, 3632],
  [3634],
  [3647, 3654],
  [3663, 3675],
  [3713, 3714],
  [3716],
  [3718, 3722],
  [3724, 3747],
  [3749],
  [3751, 3760],
  [3762],
  [3773],
  [3776, 3780],
  [3782],
  [3792, 3801],
  [3804, 3807],
  [3840, 3863],
  [3866, 3892],
  [3894],
  [3896],
  [3898, 3901],
  [3904, 3911],
  [3913, 3948],
  [3973],
  [3976, 3980],
  [4030, 4037],
  [4039, 4044],
  [4046, 4058],
  [4096, 4138],
  [4159, 4181],
  [4186, 4189],
  [4193],
  [4197, 4198],
  [4206, 4208],
  [4213, 4225],
  [4238],
  [4240, 4249],
  [4254, 4293],
  [4295],
  [4301],
  [4304, 4351],
  [4608, 4680],
  [4682, 4685],
  [4688, 4694],
  [4696],
  [4698, 4701],
  [4704, 4744],
  [4746, 4749],
  [4752, 4784],
  [4786, 4789],
  [4792, 4798],
  [4800],
  [4802, 4805],
  [4808, 4822],
  [4824, 4880],
  [4882, 4885],
  [4888, 4954],
  [4960, 4988],
  [4992, 5017],
  [5024, 5109],
  [5112, 5117],
  [5120, 5788],
  [5792, 5880],
  [5888, 5905],
  [5919, 5937],
  [5941, 5942],
  [5952, 5969],
  [5984, 5996],
  [5998, 6e3],
  [6016, 6067],
  [6100, 6108],
  [6112, 6121],
  [6128, 6137],
  [6144, 6154],
  [6160, 6169],
  [6176, 6264],
  [6272, 6276],
  [6279, 6312],
  [6314],
  [6320, 6389],
  [6400, 6430],
  [6464],
  [6468, 6509],
  [6512, 6516],
  [6528, 6571],
  [6576, 6601],
  [6608, 6618],
  [6622, 6678],
  [6686, 6740],
  [6784, 6793],
  [6800, 6809],
  [6816, 6829],
  [6917, 6963],
  [6981, 6988],
  [6992, 7018],
  [7028, 7038],
  [7043, 7072],
  [7086, 7141],
  [7164, 7203],
  [7227, 7241],
  [7245, 7304],
  [7312, 7354],
  [7357, 7367],
  [7379],
  [7401, 7404],
  [7406, 7411],
  [7413, 7414],
  [7418],
  [7424, 7615],
  [7680, 7957],
  [7960, 7965],
  [7968, 8005],
  [8008, 8013],
  [8016, 8023],
  [8025],
  [8027],
  [8029],
  [8031, 8061],
  [8064, 8116],
  [8118, 8132],
  [8134, 8147],
  [8150, 8155],
  [8157, 8175],
  [8178, 8180],
  [8182, 8190],
  [8192, 8202],
  [8208, 8233],
  [8239, 8287],
  [8304, 8305],
  [8308, 8334],
  [8336, 8348],
  [8352, 8384],
  [8448, 8587],
  [8592, 9254],
  [9280, 9290],
  [9312, 11123],
  [11126, 11157],
  [11159, 11502],
  [11506, 11507],
  [11513, 11557],
  [11559],
  [11565],
  [11568, 11623],
  [11631, 11632],
  [11648, 11670],
  [11680, 11686],
  [11688, 11694],
  [11696, 11702],
  [11704, 11710],
  [11712, 11718],
  [11720, 11726],
  [11728, 11734],
  [11736, 11742],
  [11776, 11869],
  [11904, 11929],
  [11931, 12019],
  [12032, 12245],
  [12272, 12329],
  [12336, 12351],
  [12353, 12438],
  [12443, 12543],
  [12549, 12591],
  [12593, 12686],
  [12688, 12771],
  [12783, 12830],
  [12832, 13312],
  [19903, 19968],
  [40959, 42124],
  [42128, 42182],
  [42192, 42539],
  [42560, 42606],
  [42611],
  [42622, 42653],
  [42656, 42735],
  [42738, 42743],
  [42752, 42954],
  [42960, 42961],
  [42963],
  [42965, 42969],
  [42994, 43009],
  [43011, 43013],
  [43015, 43018],
  [43020, 43042],
  [43048, 43051],
  [43056, 43065],
  [43072, 43127],
  [43138, 43187],
  [43214, 43225],
  [43250, 43262],
  [43264, 43301],
  [43310, 43334],
  [43359],
  [43396, 43442],
  [43457, 43469],
  [43471, 43481],
  [43486, 43492],
  [43494, 43518],
  [43520, 43560],
  [43584, 43586],
  [43588, 43595],
  [43600, 43609],
  [43612, 43642],
  [43646, 43695],
  [43697],
  [43701, 43702],
  [43705, 43709],
  [43712],
  [43714],
  [43739, 43754],
  [43760, 43764],
  [43777, 43782],
  [43785, 43790],
  [43793, 43798],
  [43808, 43814],
  [43816, 43822],
  [43824, 43883],
  [43888, 44002],
  [44011],
  [44016, 44025],
  [44032],
  [55203],
  [63744, 64109],
  [64112, 64217],
  [64256, 64262],
  [64275, 64279],
  [64285],
  [64287, 64310],
  [64312, 64316],
  [64318],
  [64320, 64321],
  [64323, 64324],
  [64326, 64450],
  [64467, 64911],
  [64914, 64967],
  [64975],
  [65008, 65023],
  [65040, 65049],
  [65072, 65106],
  [65108, 65126],
  [65128, 65131],
  [65136, 65140],
  [65142, 65276],
  [65281, 65437],
  [65440, 65470],
  [65474, 65479],
  [65482, 65487],
  [65490, 65495],
  [65498, 65500],
  [65504, 65510],
  [65512, 65518],
  [65532, 65533],
  [65536, 65547],
  [65549, 65574],
  [65576, 65594],
  [65596, 65597],
  [65599, 65613],
  [65616, 65629],
  [65664, 65786],
  [65792, 65794],
  [65799, 65843],
  [65847, 65934],
  [65936, 65948],
  [65952],
  [66e3, 66044],
  [66176, 66204],
  [66208, 66256],
  [66273, 66299],
  [66304, 66339],
  [66349, 66378],
  [66384, 66421],
  [66432, 66461],
  [66463, 66499],
  [66504, 66517],
  [66560, 66717],
  [66720, 66729],
  [66736, 66771],
  [66776, 66811],
  [66816, 66855],
  [66864, 66915],
  [66927, 66938],
  [66940, 66954],
  [66956, 66962],
  [66964, 66965],
  [66967, 66977],
  [66979, 66993],
  [66995, 67001],
  [67003, 67004],
  [67072, 67382],
  [67392, 67413],
  [67424, 67431],
  [67456, 67461],
  [67463, 67504],
  [67506, 67514],
  [67584, 67589],
  [67592],
  [67594, 67637],
  [67639, 67640],
  [67644],
  [67647, 67669],
  [67671, 67742],
  [67751, 67759],
  [67808, 67826],
  [67828, 67829],
  [67835, 67867],
  [67871, 67897],
  [67903],
  [67968, 68023],
  [68028, 68047],
  [68050, 68096],
  [68112, 68115],
  [68117, 68119],
  [68121, 68149],
  [68160, 68168],
  [68176, 68184],
  [68192, 68255],
  [68288, 68324],
  [68331, 68342],
  [68352, 68405],
  [68409, 68437],
  [68440, 68466],
  [68472, 68497],
  [68505, 68508],
  [68521, 68527],
  [68608, 68680],
  [68736, 68786],
  [68800, 68850],
  [68858, 68899],
  [68912, 68921],
  [69216, 69246],
  [69248, 69289],
  [69293],
  [69296, 69297],
  [69376, 69415],
  [69424, 69445],
  [69457, 69465],
  [69488, 69505],
  [69510, 69513],
  [69552, 69579],
  [69600, 69622],
  [69635, 69687],
  [69703, 69709],
  [69714, 69743],
  [69745, 69746],
  [69749],
  [69763, 69807],
  [69819, 69820],
  [69822, 69825],
  [69840, 69864],
  [69872, 69881],
  [69891, 69926],
  [69942, 69956],
  [69959],
  [69968, 70002],
  [70004, 70006],
  [70019, 70066],
  [70081],
  [70084, 70088],
  [70093],
  [70096, 70111],
  [70113, 70132],
  [70144, 70161],
  [70163, 70187],
  [70200, 70205],
  [70207, 70208],
  [70272, 70278],
  [70280],
  [70282, 70285],
  [70287, 70301],
  [70303, 70313],
  [70320, 70366],
  [70384, 70393],
  [70405, 70412],
  [70415, 70416],
  [70419, 70440],
  [70442, 70448],
  [70450, 70451],
  [70453, 70457],
  [70461],
  [70480],
  [70493, 70497],
  [70656, 70708],
  [70727, 70747],
  [70749],
  [70751, 70753],
  [70784, 70831],
  [70852, 70855],
  [70864, 70873],
  [71040, 71086],
  [71105, 71131],
  [71168, 71215],
  [71233, 71236],
  [71248, 71257],
  [71264, 71276],
  [71296, 71338],
  [71352, 71353],
  [71360, 71369],
  [71424, 71450],
  [71472, 71494],
  [71680, 71723],
  [71739],
  [71840, 71922],
  [71935, 71942],
  [71945],
  [71948, 71955],
  [71957, 71958],
  [71960, 71983],
  [72004, 72006],
  [72016, 72025],
  [72096, 72103],
  [72106, 72144],
  [72161, 72163],
  [72192],
  [72203, 72242],
  [72255, 72262],
  [72272],
  [72284, 72323],
  [72346, 72354],
  [72368, 72440],
  [72448, 72457],
  [72704, 72712],
  [72714, 72750],
  [72768, 72773],
  [72784, 72812],
  [72816, 72847],
  [72960, 72966],
  [72968, 72969],
  [72971, 73008],
  [73040, 73049],
  [73056, 73061],
  [73063, 73064],
  [73066, 73097],
  [73112],
  [73120, 73129],
  [73440, 73458],
  [73463, 73464],
  [73476, 73488],
  [73490, 73523],
  [73539, 73561],
  [73648],
  [73664, 73713],
  [73727, 74649],
  [74752, 74862],
  [74864, 74868],
  [74880, 75075],
  [77712, 77810],
  [77824, 78895],
  [78913, 78918],
  [82944, 83526],
  [92160, 92728],
  [92736, 92766],
  [92768, 92777],
  [92782, 92862],
  [92864, 92873],
  [92880, 92909],
  [92917],
  [92928, 92975],
  [92983, 92997],
  [93008, 93017],
  [93019, 93025],
  [93027, 93047],
  [93053, 93071],
  [93760, 93850],
  [93952, 94026],
  [94032],
  [94099, 94111],
  [94176, 94179],
  [94208],
  [100343],
  [100352, 101589],
  [101632],
  [101640],
  [110576, 110579],
  [110581, 110587],
  [110589, 110590],
  [110592, 110882],
  [110898],
  [110928, 110930],
  [110933],
  [110948, 110951],
  [110960, 111355],
  [113664, 113770],
  [113776, 113788],
  [113792, 113800],
  [113808, 113817],
  [113820],
  [113823],
  [118608, 118723],
  [118784, 119029],
  [119040, 119078],
  [119081, 119140],
  [119146, 119148],
  [119171, 119172],
  [119180, 119209],
  [119214, 119274],
  [119296, 119361],
  [119365],
  [119488, 119507],
  [119520, 119539],
  [119552, 119638],
  [119648, 119672],
  [119808, 119892],
  [119894, 119964],
  [119966, 119967],
  [119970],
  [119973, 119974],
  [119977, 119980],
  [119982, 119993],
  [119995],
  [119997, 120003],
  [120005, 120069],
  [120071, 120074],
  [120077, 120084],
  [120086, 120092],
  [120094, 120121],
  [120123, 120126],
  [120128, 120132],
  [120134],
  [120138, 120144],
  [120146, 120485],
  [120488, 120779],
  [120782, 121343],
  [121399, 121402],
  [121453, 121460],
  [121462, 121475],
  [121477, 121483],
  [122624, 122654],
  [122661, 122666],
  [122928, 122989],
  [123136, 123180],
  [123191, 123197],
  [123200, 123209],
  [123214, 123215],
  [123536, 123565],
  [123584, 123627],
  [123632, 123641],
  [123647],
  [124112, 124139],
  [124144, 124153],
  [124896, 124902],
  [124904, 124907],
  [124909, 124910],
  [124912, 124926],
  [124928, 125124],
  [125127, 125135],
  [125184, 125251],
  [125259],
  [125264, 125273],
  [125278, 125279],
  [126065, 126132],
  [126209, 126269],
  [126464, 126467],
  [126469, 126495],
  [126497, 126498],
  [126500],
  [126503],
  [126505, 126514],
  [126516, 126519],
  [126521],
  [126523],
  [126530],
  [126535],
  [126537],
  [126539],
  [126541, 126543],
  [126545, 126546],
  [126548],
  [126551],
  [126553],
  [126555],
  [126557],
  [126559],
  [126561, 126562],
  [126564],
  [126567, 126570],
  [126572, 126578],
  [126580, 126583],
  [126585, 126588],
  [126590],
  [126592, 126601],
  [126603, 126619],
  [126625, 126627],
  [126629, 126633],
  [126635, 126651],
  [126704, 126705],
  [126976, 127019],
  [127024, 127123],
  [127136, 127150],
  [127153, 127167],
  [127169, 127183],
  [127185, 127221],
  [127232, 127405],
  [127488, 127490],
  [127504, 127547],
  [127552, 127560],
  [127568, 127569],
  [127584, 127589],
  [127744, 127994],
  [128e3, 128727],
  [128732, 128748],
  [128752, 128764],
  [128768, 128886],
  [128891, 128985],
  [128992, 129003],
  [129008],
  [129024, 129035],
  [129040, 129095],
  [129104, 129113],
  [129120, 129159],
  [129168, 129197],
  [129200, 129201],
  [129280, 129619],
  [129632, 129645],
  [129648, 129660],
  [129664, 129672],
  [129680, 129725],
  [129727, 129733],
  [129742, 129755],
  [129760, 129768],
  [129776, 129784],
  [129792, 129938],
  [129940, 129994],
  [130032, 130041],
  [131072],
  [173791],
  [173824],
  [177977],
  [177984],
  [178205],
  [178208],
  [183969],
  [183984],
  [191456],
  [191472],
  [192093],
  [194560, 195101],
  [196608],
  [201546],
  [201552],
  [205743]
];
var autonomousDecomposableGraphemeRanges = [
  [192, 197],
  [199, 207],
  [209, 214],
  [217, 221],
  [224, 229],
  [231, 239],
  [241, 246],
  [249, 253],
  [255, 271],
  [274, 293],
  [296, 304],
  [308, 311],
  [313, 318],
  [323, 328],
  [332, 337],
  [340, 357],
  [360, 382],
  [416, 417],
  [431, 432],
  [461, 476],
  [478, 483],
  [486, 496],
  [500, 501],
  [504, 539],
  [542, 543],
  [550, 563],
  [901, 902],
  [904, 906],
  [908],
  [910, 912],
  [938, 944],
  [970, 974],
  [979, 980],
  [1024, 1025],
  [1027],
  [1031],
  [1036, 1038],
  [1049],
  [1081],
  [1104, 1105],
  [1107],
  [1111],
  [1116, 1118],
  [1142, 1143],
  [1217, 1218],
  [1232, 1235],
  [1238, 1239],
  [1242, 1247],
  [1250, 1255],
  [1258, 1269],
  [1272, 1273],
  [1570, 1574],
  [1728],
  [1730],
  [1747],
  [2345],
  [2353],
  [2356],
  [2392, 2399],
  [2524, 2525],
  [2527],
  [2611],
  [2614],
  [2649, 2651],
  [2654],
  [2908, 2909],
  [2964],
  [3907],
  [3917],
  [3922],
  [3927],
  [3932],
  [3945],
  [4134],
  [6918],
  [6920],
  [6922],
  [6924],
  [6926],
  [6930],
  [7680, 7833],
  [7835],
  [7840, 7929],
  [7936, 7957],
  [7960, 7965],
  [7968, 8005],
  [8008, 8013],
  [8016, 8023],
  [8025],
  [8027],
  [8029],
  [8031, 8048],
  [8050],
  [8052],
  [8054],
  [8056],
  [8058],
  [8060],
  [8064, 8116],
  [8118, 8122],
  [8124],
  [8129, 8132],
  [8134, 8136],
  [8138],
  [8140, 8146],
  [8150, 8154],
  [8157, 8162],
  [8164, 8170],
  [8172, 8173],
  [8178, 8180],
  [8182, 8184],
  [8186],
  [8188],
  [8602, 8603],
  [8622],
  [8653, 8655],
  [8708],
  [8713],
  [8716],
  [8740],
  [8742],
  [8769],
  [8772],
  [8775],
  [8777],
  [8800],
  [8802],
  [8813, 8817],
  [8820, 8821],
  [8824, 8825],
  [8832, 8833],
  [8836, 8837],
  [8840, 8841],
  [8876, 8879],
  [8928, 8931],
  [8938, 8941],
  [10972],
  [12364],
  [12366],
  [12368],
  [12370],
  [12372],
  [12374],
  [12376],
  [12378],
  [12380],
  [12382],
  [12384],
  [12386],
  [12389],
  [12391],
  [12393],
  [12400, 12401],
  [12403, 12404],
  [12406, 12407],
  [12409, 12410],
  [12412, 12413],
  [12436],
  [12446],
  [12460],
  [12462],
  [12464],
  [12466],
  [12468],
  [12470],
  [12472],
  [12474],
  [12476],
  [12478],
  [12480],
  [12482],
  [12485],
  [12487],
  [12489],
  [12496, 12497],
  [12499, 12500],
  [12502, 12503],
  [12505, 12506],
  [12508, 12509],
  [12532],
  [12535, 12538],
  [12542],
  [44032],
  [55203],
  [64285],
  [64287],
  [64298, 64310],
  [64312, 64316],
  [64318],
  [64320, 64321],
  [64323, 64324],
  [64326, 64334],
  [69786],
  [69788],
  [69803],
  [119134, 119140],
  [119227, 119232]
];
var safeStringFromCodePoint$3 = String.fromCodePoint;
var safeMathMin$2 = Math.min;
var safeMathMax$1 = Math.max;
function convertGraphemeRangeToMapToConstantEntry(range) {
  if (range.length === 1) {
    const codePointString = safeStringFromCodePoint$3(range[0]);
    return {
      num: 1,
      build: () => codePointString
    };
  }
  const rangeStart = range[0];
  return {
    num: range[1] - range[0] + 1,
    build: (idInGroup) => safeStringFromCodePoint$3(rangeStart + idInGroup)
  };
}
function intersectGraphemeRanges(rangesA, rangesB) {
  const mergedRanges = [];
  let cursorA = 0;
  let cursorB = 0;
  while (cursorA < rangesA.length && cursorB < rangesB.length) {
    const rangeA = rangesA[cursorA];
    const rangeAMin = rangeA[0];
    const rangeAMax = rangeA.length === 1 ? rangeA[0] : rangeA[1];
    const rangeB = rangesB[cursorB];
    const rangeBMin = rangeB[0];
    const rangeBMax = rangeB.length === 1 ? rangeB[0] : rangeB[1];
    if (rangeAMax < rangeBMin) cursorA += 1;
    else if (rangeBMax < rangeAMin) cursorB += 1;
    else {
      let min4 = safeMathMax$1(rangeAMin, rangeBMin);
      const max4 = safeMathMin$2(rangeAMax, rangeBMax);
      if (mergedRanges.length >= 1) {
        const lastMergedRange = mergedRanges[mergedRanges.length - 1];
        if ((lastMergedRange.length === 1 ? lastMergedRange[0] : lastMergedRange[1]) + 1 === min4) {
          min4 = lastMergedRange[0];
          safePop$1(mergedRanges);
        }
      }
      safePush(mergedRanges, min4 === max4 ? [min4] : [min4, max4]);
      if (rangeAMax <= max4) cursorA += 1;
      if (rangeBMax <= max4) cursorB += 1;
    }
  }
  return mergedRanges;
}
var registeredStringUnitInstancesMap = /* @__PURE__ */ Object.create(null);
function getAlphabetRanges(alphabet) {
  switch (alphabet) {
    case "full":
      return fullAlphabetRanges;
    case "ascii":
      return asciiAlphabetRanges;
  }
}
function getOrCreateStringUnitInstance(type, alphabet) {
  const key = `${type}:${alphabet}`;
  const registered = registeredStringUnitInstancesMap[key];
  if (registered !== void 0) return registered;
  const alphabetRanges = getAlphabetRanges(alphabet);
  const ranges = type === "binary" ? alphabetRanges : intersectGraphemeRanges(alphabetRanges, autonomousGraphemeRanges);
  const entries = [];
  for (const range of ranges) safePush(entries, convertGraphemeRangeToMapToConstantEntry(range));
  if (type === "grapheme") {
    const decomposedRanges = intersectGraphemeRanges(alphabetRanges, autonomousDecomposableGraphemeRanges);
    for (const range of decomposedRanges) {
      const rawEntry = convertGraphemeRangeToMapToConstantEntry(range);
      safePush(entries, {
        num: rawEntry.num,
        build: (idInGroup) => safeNormalize(rawEntry.build(idInGroup), "NFD")
      });
    }
  }
  const stringUnitInstance = mapToConstant(...entries);
  registeredStringUnitInstancesMap[key] = stringUnitInstance;
  return stringUnitInstance;
}
function stringUnit(type, alphabet) {
  return getOrCreateStringUnitInstance(type, alphabet);
}
function extractUnitArbitrary(constraints) {
  if (typeof constraints.unit === "object") return constraints.unit;
  switch (constraints.unit) {
    case "grapheme":
      return stringUnit("grapheme", "full");
    case "grapheme-composite":
      return stringUnit("composite", "full");
    case "grapheme-ascii":
    case void 0:
      return stringUnit("grapheme", "ascii");
    case "binary":
      return stringUnit("binary", "full");
    case "binary-ascii":
      return stringUnit("binary", "ascii");
  }
}
function string(constraints = {}) {
  const charArbitrary = extractUnitArbitrary(constraints);
  const unmapper = patternsToStringUnmapperFor(charArbitrary, constraints);
  const experimentalCustomSlices = createSlicesForString(charArbitrary, constraints);
  return array(charArbitrary, {
    ...constraints,
    experimentalCustomSlices
  }).map(patternsToStringMapper, unmapper);
}
var SMap = Map;
var safeStringFromCharCode$1 = String.fromCharCode;
var lowerCaseMapper = {
  num: 26,
  build: (v) => safeStringFromCharCode$1(v + 97)
};
var upperCaseMapper = {
  num: 26,
  build: (v) => safeStringFromCharCode$1(v + 65)
};
var numericMapper = {
  num: 10,
  build: (v) => safeStringFromCharCode$1(v + 48)
};
function percentCharArbMapper(c) {
  const encoded = SencodeURIComponent(c);
  return c !== encoded ? encoded : `%${safeNumberToString(safeCharCodeAt(c, 0), 16)}`;
}
function percentCharArbUnmapper(value) {
  if (typeof value !== "string") throw new Error("Unsupported");
  return decodeURIComponent(value);
}
var percentCharArb = () => string({
  unit: "binary",
  minLength: 1,
  maxLength: 1
}).map(percentCharArbMapper, percentCharArbUnmapper);
var lowerAlphaArbitrary = void 0;
function getOrCreateLowerAlphaArbitrary() {
  if (lowerAlphaArbitrary === void 0) lowerAlphaArbitrary = mapToConstant(lowerCaseMapper);
  return lowerAlphaArbitrary;
}
var lowerAlphaNumericArbitraries = void 0;
function getOrCreateLowerAlphaNumericArbitrary(others) {
  if (lowerAlphaNumericArbitraries === void 0) lowerAlphaNumericArbitraries = new SMap();
  let match6 = safeMapGet(lowerAlphaNumericArbitraries, others);
  if (match6 === void 0) {
    match6 = mapToConstant(lowerCaseMapper, numericMapper, {
      num: others.length,
      build: (v) => others[v]
    });
    safeMapSet(lowerAlphaNumericArbitraries, others, match6);
  }
  return match6;
}
function buildAlphaNumericArbitrary(others) {
  return mapToConstant(lowerCaseMapper, upperCaseMapper, numericMapper, {
    num: others.length,
    build: (v) => others[v]
  });
}
var alphaNumericPercentArbitraries = void 0;
function getOrCreateAlphaNumericPercentArbitrary(others) {
  if (alphaNumericPercentArbitraries === void 0) alphaNumericPercentArbitraries = new SMap();
  let match6 = safeMapGet(alphaNumericPercentArbitraries, others);
  if (match6 === void 0) {
    match6 = oneof({
      weight: 10,
      arbitrary: buildAlphaNumericArbitrary(others)
    }, {
      weight: 1,
      arbitrary: percentCharArb()
    });
    safeMapSet(alphaNumericPercentArbitraries, others, match6);
  }
  return match6;
}
function option(arb, constraints = {}) {
  const freq = constraints.freq === void 0 ? 6 : constraints.freq;
  const nilValue = safeHasOwnProperty(constraints, "nil") ? constraints.nil : null;
  const weightedArbs = [{
    arbitrary: constant(nilValue),
    weight: 1,
    fallbackValue: { default: nilValue }
  }, {
    arbitrary: arb,
    weight: freq - 1
  }];
  const frequencyConstraints = {
    withCrossShrink: true,
    depthSize: constraints.depthSize,
    maxDepth: constraints.maxDepth,
    depthIdentifier: constraints.depthIdentifier
  };
  return FrequencyArbitrary.from(weightedArbs, frequencyConstraints, "fc.option");
}
function filterInvalidSubdomainLabel(subdomainLabel2) {
  if (subdomainLabel2.length > 63) return false;
  return subdomainLabel2.length < 4 || subdomainLabel2[0] !== "x" || subdomainLabel2[1] !== "n" || subdomainLabel2[2] !== "-" || subdomainLabel2[3] !== "-";
}
var AdaptedValue = /* @__PURE__ */ Symbol("adapted-value");
function toAdapterValue(rawValue, adapter2) {
  const adapted = adapter2(rawValue.value_);
  if (!adapted.adapted) return rawValue;
  return new Value(adapted.value, AdaptedValue);
}
var AdapterArbitrary = class extends Arbitrary {
  constructor(sourceArb, adapter2) {
    super();
    this.sourceArb = sourceArb;
    this.adapter = adapter2;
    this.adaptValue = (rawValue) => toAdapterValue(rawValue, adapter2);
  }
  generate(mrng, biasFactor) {
    const rawValue = this.sourceArb.generate(mrng, biasFactor);
    return this.adaptValue(rawValue);
  }
  canShrinkWithoutContext(value) {
    return this.sourceArb.canShrinkWithoutContext(value) && !this.adapter(value).adapted;
  }
  shrink(value, context4) {
    if (context4 === AdaptedValue) {
      if (!this.sourceArb.canShrinkWithoutContext(value)) return Stream.nil();
      return this.sourceArb.shrink(value, void 0).map(this.adaptValue);
    }
    return this.sourceArb.shrink(value, context4).map(this.adaptValue);
  }
};
function adapter(sourceArb, adapter2) {
  return new AdapterArbitrary(sourceArb, adapter2);
}
function toSubdomainLabelMapper([f, d]) {
  return d === null ? f : `${f}${d[0]}${d[1]}`;
}
function toSubdomainLabelUnmapper(value) {
  if (typeof value !== "string" || value.length === 0) throw new Error("Unsupported");
  if (value.length === 1) return [value[0], null];
  return [value[0], [safeSubstring(value, 1, value.length - 1), value[value.length - 1]]];
}
function subdomainLabel(size) {
  const alphaNumericArb = getOrCreateLowerAlphaNumericArbitrary("");
  return tuple(alphaNumericArb, option(tuple(string({
    unit: getOrCreateLowerAlphaNumericArbitrary("-"),
    size,
    maxLength: 61
  }), alphaNumericArb))).map(toSubdomainLabelMapper, toSubdomainLabelUnmapper).filter(filterInvalidSubdomainLabel);
}
function labelsMapper(elements) {
  return `${safeJoin(elements[0], ".")}.${elements[1]}`;
}
function labelsUnmapper(value) {
  if (typeof value !== "string") throw new Error("Unsupported type");
  const lastDotIndex = value.lastIndexOf(".");
  return [safeSplit(safeSubstring(value, 0, lastDotIndex), "."), safeSubstring(value, lastDotIndex + 1)];
}
function labelsAdapter(labels) {
  const [subDomains, suffix] = labels;
  let lengthNotIncludingIndex = suffix.length;
  for (let index = 0; index !== subDomains.length; ++index) {
    lengthNotIncludingIndex += 1 + subDomains[index].length;
    if (lengthNotIncludingIndex > 255) return {
      adapted: true,
      value: [safeSlice(subDomains, 0, index), suffix]
    };
  }
  return {
    adapted: false,
    value: labels
  };
}
function domain(constraints = {}) {
  const resolvedSize = resolveSize(constraints.size);
  const resolvedSizeMinusOne = relativeSizeToSize("-1", resolvedSize);
  const publicSuffixArb = string({
    unit: getOrCreateLowerAlphaArbitrary(),
    minLength: 2,
    maxLength: 63,
    size: resolvedSizeMinusOne
  });
  return adapter(tuple(array(subdomainLabel(resolvedSize), {
    size: resolvedSizeMinusOne,
    minLength: 1,
    maxLength: 127
  }), publicSuffixArb), labelsAdapter).map(labelsMapper, labelsUnmapper);
}
function dotAdapter(a) {
  let currentLength = a[0].length;
  for (let index = 1; index !== a.length; ++index) {
    currentLength += 1 + a[index].length;
    if (currentLength > 64) return {
      adapted: true,
      value: safeSlice(a, 0, index)
    };
  }
  return {
    adapted: false,
    value: a
  };
}
function dotMapper(a) {
  return safeJoin(a, ".");
}
function dotUnmapper(value) {
  if (typeof value !== "string") throw new Error("Unsupported");
  return safeSplit(value, ".");
}
function atMapper(data) {
  return `${data[0]}@${data[1]}`;
}
function atUnmapper(value) {
  if (typeof value !== "string") throw new Error("Unsupported");
  return safeSplit(value, "@", 2);
}
function emailAddress(constraints = {}) {
  return tuple(adapter(array(string({
    unit: getOrCreateLowerAlphaNumericArbitrary("!#$%&'*+-/=?^_`{|}~"),
    minLength: 1,
    maxLength: 64,
    size: constraints.size
  }), {
    minLength: 1,
    maxLength: 32,
    size: constraints.size
  }), dotAdapter).map(dotMapper, dotUnmapper), domain({ size: constraints.size })).map(atMapper, atUnmapper);
}
var safeNegativeInfinity$6 = SNumber.NEGATIVE_INFINITY;
var safePositiveInfinity$6 = SNumber.POSITIVE_INFINITY;
var safeEpsilon = SNumber.EPSILON;
var INDEX_POSITIVE_INFINITY$1 = SBigInt2(2146435072) * SBigInt2(4294967296);
var INDEX_NEGATIVE_INFINITY$1 = -INDEX_POSITIVE_INFINITY$1 - SBigInt2(1);
var num2Pow52 = 4503599627370496;
var big2Pow52Mask = SBigInt2(4503599627370495);
var big2Pow53 = SBigInt2("9007199254740992");
var f64 = /* @__PURE__ */ new Float64Array(1);
var u32$1 = new Uint32Array(f64.buffer, f64.byteOffset);
function bitCastDoubleToUInt64(f) {
  f64[0] = f;
  return [u32$1[1], u32$1[0]];
}
function decomposeDouble(d) {
  const { 0: hi, 1: lo } = bitCastDoubleToUInt64(d);
  const signBit = hi >>> 31;
  const exponentBits = hi >>> 20 & 2047;
  const significandBits = (hi & 1048575) * 4294967296 + lo;
  const exponent = exponentBits === 0 ? -1022 : exponentBits - 1023;
  let significand = exponentBits === 0 ? 0 : 1;
  significand += significandBits * safeEpsilon;
  significand *= signBit === 0 ? 1 : -1;
  return {
    exponent,
    significand
  };
}
function indexInDoubleFromDecomp(exponent, significand) {
  if (exponent === -1022) return SBigInt2(significand * num2Pow52);
  return SBigInt2((significand - 1) * num2Pow52) + (SBigInt2(exponent + 1023) << SBigInt2(52));
}
function doubleToIndex(d) {
  if (d === safePositiveInfinity$6) return INDEX_POSITIVE_INFINITY$1;
  if (d === safeNegativeInfinity$6) return INDEX_NEGATIVE_INFINITY$1;
  const decomp = decomposeDouble(d);
  const exponent = decomp.exponent;
  const significand = decomp.significand;
  if (d > 0 || d === 0 && 1 / d === safePositiveInfinity$6) return indexInDoubleFromDecomp(exponent, significand);
  else return -indexInDoubleFromDecomp(exponent, -significand) - SBigInt2(1);
}
function indexToDouble(index) {
  if (index < 0) return -indexToDouble(-index - SBigInt2(1));
  if (index === INDEX_POSITIVE_INFINITY$1) return safePositiveInfinity$6;
  if (index < big2Pow53) return SNumber(index) * 2 ** -1074;
  const postIndex = index - big2Pow53;
  const exponent = -1021 + SNumber(postIndex >> SBigInt2(52));
  return (1 + SNumber(postIndex & big2Pow52Mask) * safeEpsilon) * 2 ** exponent;
}
var safeNumberIsInteger$2 = Number.isInteger;
var safeObjectIs$1 = Object.is;
var safeNegativeInfinity$5 = Number.NEGATIVE_INFINITY;
var safePositiveInfinity$5 = Number.POSITIVE_INFINITY;
function refineConstraintsForFloatingOnly(constraints, maxValue, maxNonIntegerValue2, onlyIntegersAfterThisValue2) {
  const { noDefaultInfinity = false, minExcluded = false, maxExcluded = false, min: min4 = noDefaultInfinity ? -maxValue : safeNegativeInfinity$5, max: max4 = noDefaultInfinity ? maxValue : safePositiveInfinity$5 } = constraints;
  const effectiveMin = minExcluded ? min4 < -maxNonIntegerValue2 ? -onlyIntegersAfterThisValue2 : Math.max(min4, -maxNonIntegerValue2) : min4 === safeNegativeInfinity$5 ? Math.max(min4, -onlyIntegersAfterThisValue2) : Math.max(min4, -maxNonIntegerValue2);
  const effectiveMax = maxExcluded ? max4 > maxNonIntegerValue2 ? onlyIntegersAfterThisValue2 : Math.min(max4, maxNonIntegerValue2) : max4 === safePositiveInfinity$5 ? Math.min(max4, onlyIntegersAfterThisValue2) : Math.min(max4, maxNonIntegerValue2);
  return {
    noDefaultInfinity: false,
    minExcluded: minExcluded || (min4 !== safeNegativeInfinity$5 || minExcluded) && safeNumberIsInteger$2(effectiveMin),
    maxExcluded: maxExcluded || (max4 !== safePositiveInfinity$5 || maxExcluded) && safeNumberIsInteger$2(effectiveMax),
    min: safeObjectIs$1(effectiveMin, -0) ? 0 : effectiveMin,
    max: safeObjectIs$1(effectiveMax, 0) ? -0 : effectiveMax,
    noNaN: constraints.noNaN || false
  };
}
var safeNegativeInfinity$4 = Number.NEGATIVE_INFINITY;
var safePositiveInfinity$4 = Number.POSITIVE_INFINITY;
var safeMaxValue$2 = Number.MAX_VALUE;
var maxNonIntegerValue$1 = 45035996273704955e-1;
var onlyIntegersAfterThisValue$1 = 4503599627370496;
function refineConstraintsForDoubleOnly(constraints) {
  return refineConstraintsForFloatingOnly(constraints, safeMaxValue$2, maxNonIntegerValue$1, onlyIntegersAfterThisValue$1);
}
function doubleOnlyMapper(value) {
  return value === 4503599627370496 ? safePositiveInfinity$4 : value === -4503599627370496 ? safeNegativeInfinity$4 : value;
}
function doubleOnlyUnmapper(value) {
  if (typeof value !== "number") throw new Error("Unsupported type");
  return value === safePositiveInfinity$4 ? onlyIntegersAfterThisValue$1 : value === safeNegativeInfinity$4 ? -4503599627370496 : value;
}
var safeNumberIsInteger$1 = Number.isInteger;
var safeNumberIsNaN$1 = Number.isNaN;
var safeNegativeInfinity$3 = Number.NEGATIVE_INFINITY;
var safePositiveInfinity$3 = Number.POSITIVE_INFINITY;
var safeMaxValue$1 = Number.MAX_VALUE;
var safeNaN$1 = NaN;
function safeDoubleToIndex(d, constraintsLabel) {
  if (safeNumberIsNaN$1(d)) throw new Error("fc.double constraints." + constraintsLabel + " must be a 64-bit float");
  return doubleToIndex(d);
}
function unmapperDoubleToIndex(value) {
  if (typeof value !== "number") throw new Error("Unsupported type");
  return doubleToIndex(value);
}
function numberIsNotInteger$1(value) {
  return !safeNumberIsInteger$1(value);
}
function anyDouble(constraints) {
  const { noDefaultInfinity = false, noNaN = false, minExcluded = false, maxExcluded = false, min: min4 = noDefaultInfinity ? -safeMaxValue$1 : safeNegativeInfinity$3, max: max4 = noDefaultInfinity ? safeMaxValue$1 : safePositiveInfinity$3 } = constraints;
  const minIndexRaw = safeDoubleToIndex(min4, "min");
  const minIndex = minExcluded ? minIndexRaw + SBigInt2(1) : minIndexRaw;
  const maxIndexRaw = safeDoubleToIndex(max4, "max");
  const maxIndex = maxExcluded ? maxIndexRaw - SBigInt2(1) : maxIndexRaw;
  if (maxIndex < minIndex) throw new Error("fc.double constraints.min must be smaller or equal to constraints.max");
  if (noNaN) return bigInt({
    min: minIndex,
    max: maxIndex
  }).map(indexToDouble, unmapperDoubleToIndex);
  const positiveMaxIdx = maxIndex > SBigInt2(0);
  const minIndexWithNaN = positiveMaxIdx ? minIndex : minIndex - SBigInt2(1);
  const maxIndexWithNaN = positiveMaxIdx ? maxIndex + SBigInt2(1) : maxIndex;
  return bigInt({
    min: minIndexWithNaN,
    max: maxIndexWithNaN
  }).map((index) => {
    if (maxIndex < index || index < minIndex) return safeNaN$1;
    else return indexToDouble(index);
  }, (value) => {
    if (typeof value !== "number") throw new Error("Unsupported type");
    if (safeNumberIsNaN$1(value)) return maxIndex !== maxIndexWithNaN ? maxIndexWithNaN : minIndexWithNaN;
    return doubleToIndex(value);
  });
}
function double(constraints = {}) {
  if (!constraints.noInteger) return anyDouble(constraints);
  return anyDouble(refineConstraintsForDoubleOnly(constraints)).map(doubleOnlyMapper, doubleOnlyUnmapper).filter(numberIsNotInteger$1);
}
var safeNegativeInfinity$2 = Number.NEGATIVE_INFINITY;
var safePositiveInfinity$2 = Number.POSITIVE_INFINITY;
var safeMathImul = Math.imul;
var MAX_VALUE_32 = 2 ** 127 * (1 + (2 ** 23 - 1) / 2 ** 23);
var INDEX_POSITIVE_INFINITY = 2139095040;
var INDEX_NEGATIVE_INFINITY = -2139095041;
var f32 = /* @__PURE__ */ new Float32Array(1);
var u32 = new Uint32Array(f32.buffer, f32.byteOffset);
function bitCastFloatToUInt32(f) {
  f32[0] = f;
  return u32[0];
}
function decomposeFloat(f) {
  const bits = bitCastFloatToUInt32(f);
  const signBit = bits >>> 31;
  const exponentBits = bits >>> 23 & 255;
  const significandBits = bits & 8388607;
  const exponent = exponentBits === 0 ? -126 : exponentBits - 127;
  let significand = exponentBits === 0 ? 0 : 1;
  significand += significandBits / 2 ** 23;
  significand *= signBit === 0 ? 1 : -1;
  return {
    exponent,
    significand
  };
}
function indexInFloatFromDecomp(exponent, significand) {
  if (exponent === -126) return significand * 8388608;
  return safeMathImul(exponent + 127, 8388608) + (significand - 1) * 8388608;
}
function floatToIndex(f) {
  if (f === safePositiveInfinity$2) return INDEX_POSITIVE_INFINITY;
  if (f === safeNegativeInfinity$2) return INDEX_NEGATIVE_INFINITY;
  const decomp = decomposeFloat(f);
  const exponent = decomp.exponent;
  const significand = decomp.significand;
  if (f > 0 || f === 0 && 1 / f === safePositiveInfinity$2) return indexInFloatFromDecomp(exponent, significand);
  else return -indexInFloatFromDecomp(exponent, -significand) - 1;
}
function indexToFloat(index) {
  if (index < 0) return -indexToFloat(-index - 1);
  if (index === INDEX_POSITIVE_INFINITY) return safePositiveInfinity$2;
  if (index < 16777216) return index * 2 ** -149;
  const postIndex = index - 16777216;
  const exponent = -125 + (postIndex >> 23);
  return (1 + (postIndex & 8388607) / 8388608) * 2 ** exponent;
}
var safeNegativeInfinity$1 = Number.NEGATIVE_INFINITY;
var safePositiveInfinity$1 = Number.POSITIVE_INFINITY;
var safeMaxValue = MAX_VALUE_32;
var maxNonIntegerValue = 83886075e-1;
var onlyIntegersAfterThisValue = 8388608;
function refineConstraintsForFloatOnly(constraints) {
  return refineConstraintsForFloatingOnly(constraints, safeMaxValue, maxNonIntegerValue, onlyIntegersAfterThisValue);
}
function floatOnlyMapper(value) {
  return value === 8388608 ? safePositiveInfinity$1 : value === -8388608 ? safeNegativeInfinity$1 : value;
}
function floatOnlyUnmapper(value) {
  if (typeof value !== "number") throw new Error("Unsupported type");
  return value === safePositiveInfinity$1 ? onlyIntegersAfterThisValue : value === safeNegativeInfinity$1 ? -8388608 : value;
}
var safeNumberIsInteger = Number.isInteger;
var safeNumberIsNaN = Number.isNaN;
var safeMathFround = Math.fround;
var safeNegativeInfinity = Number.NEGATIVE_INFINITY;
var safePositiveInfinity = Number.POSITIVE_INFINITY;
var safeNaN = NaN;
function safeFloatToIndex(f, constraintsLabel) {
  const errorMessage = "fc.float constraints." + constraintsLabel + " must be a 32-bit float - you can convert any double to a 32-bit float by using `Math.fround(myDouble)`";
  if (safeNumberIsNaN(f) || safeMathFround(f) !== f) throw new Error(errorMessage);
  return floatToIndex(f);
}
function unmapperFloatToIndex(value) {
  if (typeof value !== "number") throw new Error("Unsupported type");
  return floatToIndex(value);
}
function numberIsNotInteger(value) {
  return !safeNumberIsInteger(value);
}
function anyFloat(constraints) {
  const { noDefaultInfinity = false, noNaN = false, minExcluded = false, maxExcluded = false, min: min4 = noDefaultInfinity ? -MAX_VALUE_32 : safeNegativeInfinity, max: max4 = noDefaultInfinity ? MAX_VALUE_32 : safePositiveInfinity } = constraints;
  const minIndexRaw = safeFloatToIndex(min4, "min");
  const minIndex = minExcluded ? minIndexRaw + 1 : minIndexRaw;
  const maxIndexRaw = safeFloatToIndex(max4, "max");
  const maxIndex = maxExcluded ? maxIndexRaw - 1 : maxIndexRaw;
  if (minIndex > maxIndex) throw new Error("fc.float constraints.min must be smaller or equal to constraints.max");
  if (noNaN) return integer({
    min: minIndex,
    max: maxIndex
  }).map(indexToFloat, unmapperFloatToIndex);
  const minIndexWithNaN = maxIndex > 0 ? minIndex : minIndex - 1;
  const maxIndexWithNaN = maxIndex > 0 ? maxIndex + 1 : maxIndex;
  return integer({
    min: minIndexWithNaN,
    max: maxIndexWithNaN
  }).map((index) => {
    if (index > maxIndex || index < minIndex) return safeNaN;
    else return indexToFloat(index);
  }, (value) => {
    if (typeof value !== "number") throw new Error("Unsupported type");
    if (safeNumberIsNaN(value)) return maxIndex !== maxIndexWithNaN ? maxIndexWithNaN : minIndexWithNaN;
    return floatToIndex(value);
  });
}
function float(constraints = {}) {
  if (!constraints.noInteger) return anyFloat(constraints);
  return anyFloat(refineConstraintsForFloatOnly(constraints)).map(floatOnlyMapper, floatOnlyUnmapper).filter(numberIsNotInteger);
}
function escapeForTemplateString(originalText) {
  return originalText.replace(/([$`\\])/g, "\\$1").replace(/\r/g, "\\r");
}
function escapeForMultilineComments(originalText) {
  return originalText.replace(/\*\//g, "*\\/");
}
var crc32Table = [
  0,
  1996959894,
  3993919788,
  2567524794,
  124634137,
  1886057615,
  3915621685,
  2657392035,
  249268274,
  2044508324,
  3772115230,
  2547177864,
  162941995,
  2125561021,
  3887607047,
  2428444049,
  498536548,
  1789927666,
  4089016648,
  2227061214,
  450548861,
  1843258603,
  4107580753,
  2211677639,
  325883990,
  1684777152,
  4251122042,
  2321926636,
  335633487,
  1661365465,
  4195302755,
  2366115317,
  997073096,
  1281953886,
  3579855332,
  2724688242,
  1006888145,
  1258607687,
  3524101629,
  2768942443,
  901097722,
  1119000684,
  3686517206,
  2898065728,
  853044451,
  1172266101,
  3705015759,
  2882616665,
  651767980,
  1373503546,
  3369554304,
  3218104598,
  565507253,
  1454621731,
  3485111705,
  3099436303,
  671266974,
  1594198024,
  3322730930,
  2970347812,
  795835527,
  1483230225,
  3244367275,
  3060149565,
  1994146192,
  31158534,
  2563907772,
  4023717930,
  1907459465,
  112637215,
  2680153253,
  3904427059,
  2013776290,
  251722036,
  2517215374,
  3775830040,
  2137656763,
  141376813,
  2439277719,
  3865271297,
  1802195444,
  476864866,
  2238001368,
  4066508878,
  1812370925,
  453092731,
  2181625025,
  4111451223,
  1706088902,
  314042704,
  2344532202,
  4240017532,
  1658658271,
  366619977,
  2362670323,
  4224994405,
  1303535960,
  984961486,
  2747007092,
  3569037538,
  1256170817,
  1037604311,
  2765210733,
  3554079995,
  1131014506,
  879679996,
  2909243462,
  3663771856,
  1141124467,
  855842277,
  2852801631,
  3708648649,
  1342533948,
  654459306,
  3188396048,
  3373015174,
  1466479909,
  544179635,
  3110523913,
  3462522015,
  1591671054,
  702138776,
  2966460450,
  3352799412,
  1504918807,
  783551873,
  3082640443,
  3233442989,
  3988292384,
  2596254646,
  62317068,
  1957810842,
  3939845945,
  2647816111,
  81470997,
  1943803523,
  3814918930,
  2489596804,
  225274430,
  2053790376,
  3826175755,
  2466906013,
  167816743,
  2097651377,
  4027552580,
  2265490386,
  503444072,
  1762050814,
  4150417245,
  2154129355,
  426522225,
  1852507879,
  4275313526,
  2312317920,
  282753626,
  1742555852,
  4189708143,
  2394877945,
  397917763,
  1622183637,
  3604390888,
  2714866558,
  953729732,
  1340076626,
  3518719985,
  2797360999,
  1068828381,
  1219638859,
  3624741850,
  2936675148,
  906185462,
  1090812512,
  3747672003,
  2825379669,
  829329135,
  1181335161,
  3412177804,
  3160834842,
  628085408,
  1382605366,
  3423369109,
  3138078467,
  570562233,
  1426400815,
  3317316542,
  2998733608,
  733239954,
  1555261956,
  3268935591,
  3050360625,
  752459403,
  1541320221,
  2607071920,
  3965973030,
  1969922972,
  40735498,
  2617837225,
  3943577151,
  1913087877,
  83908371,
  2512341634,
  3803740692,
  2075208622,
  213261112,
  2463272603,
  3855990285,
  2094854071,
  198958881,
  2262029012,
  4057260610,
  1759359992,
  534414190,
  2176718541,
  4139329115,
  1873836001,
  414664567,
  2282248934,
  4279200368,
  1711684554,
  285281116,
  2405801727,
  4167216745,
  1634467795,
  376229701,
  2685067896,
  3608007406,
  1308918612,
  956543938,
  2808555105,
  3495958263,
  1231636301,
  1047427035,
  2932959818,
  3654703836,
  1088359270,
  936918e3,
  2847714899,
  3736837829,
  1202900863,
  817233897,
  3183342108,
  3401237130,
  1404277552,
  615818150,
  3134207493,
  3453421203,
  1423857449,
  601450431,
  3009837614,
  3294710456,
  1567103746,
  711928724,
  3020668471,
  3272380065,
  1510334235,
  755167117
];
function hash(repr) {
  let crc = 4294967295;
  for (let idx = 0; idx < repr.length; ++idx) {
    const c = safeCharCodeAt(repr, idx);
    if (c < 128) crc = crc32Table[crc & 255 ^ c] ^ crc >> 8;
    else if (c < 2048) {
      crc = crc32Table[crc & 255 ^ (192 | c >> 6 & 31)] ^ crc >> 8;
      crc = crc32Table[crc & 255 ^ (128 | c & 63)] ^ crc >> 8;
    } else if (c >= 55296 && c < 57344) {
      const cNext = safeCharCodeAt(repr, ++idx);
      if (c >= 56320 || cNext < 56320 || cNext > 57343 || Number.isNaN(cNext)) {
        idx -= 1;
        crc = crc32Table[crc & 255 ^ 239] ^ crc >> 8;
        crc = crc32Table[crc & 255 ^ 191] ^ crc >> 8;
        crc = crc32Table[crc & 255 ^ 189] ^ crc >> 8;
      } else {
        const c1 = (c & 1023) + 64;
        const c2 = cNext & 1023;
        crc = crc32Table[crc & 255 ^ (240 | c1 >> 8 & 7)] ^ crc >> 8;
        crc = crc32Table[crc & 255 ^ (128 | c1 >> 2 & 63)] ^ crc >> 8;
        crc = crc32Table[crc & 255 ^ (128 | c2 >> 6 & 15 | (c1 & 3) << 4)] ^ crc >> 8;
        crc = crc32Table[crc & 255 ^ (128 | c2 & 63)] ^ crc >> 8;
      }
    } else {
      crc = crc32Table[crc & 255 ^ (224 | c >> 12 & 15)] ^ crc >> 8;
      crc = crc32Table[crc & 255 ^ (128 | c >> 6 & 63)] ^ crc >> 8;
      crc = crc32Table[crc & 255 ^ (128 | c & 63)] ^ crc >> 8;
    }
  }
  return (crc | 0) + 2147483648;
}
var stableObjectGetPrototypeOf = Object.getPrototypeOf;
var NoShrinkArbitrary = class extends Arbitrary {
  constructor(arb) {
    super();
    this.arb = arb;
  }
  generate(mrng, biasFactor) {
    return this.arb.generate(mrng, biasFactor);
  }
  canShrinkWithoutContext(value) {
    return this.arb.canShrinkWithoutContext(value);
  }
  shrink(_value, _context) {
    return Stream.nil();
  }
};
function noShrink(arb) {
  if (stableObjectGetPrototypeOf(arb) === NoShrinkArbitrary.prototype && arb.generate === NoShrinkArbitrary.prototype.generate && arb.canShrinkWithoutContext === NoShrinkArbitrary.prototype.canShrinkWithoutContext && arb.shrink === NoShrinkArbitrary.prototype.shrink) return arb;
  return new NoShrinkArbitrary(arb);
}
var safeObjectAssign$4 = Object.assign;
var safeObjectKeys$3 = Object.keys;
function buildCompareFunctionArbitrary(cmp) {
  return tuple(noShrink(integer()), noShrink(integer({
    min: 1,
    max: 4294967295
  }))).map(([seed, hashEnvSize]) => {
    const producer = () => {
      const recorded2 = {};
      const f = (a, b) => {
        const reprA = stringify(a);
        const reprB = stringify(b);
        const val = cmp(hash(`${seed}${reprA}`) % hashEnvSize, hash(`${seed}${reprB}`) % hashEnvSize);
        recorded2[`[${reprA},${reprB}]`] = val;
        return val;
      };
      return safeObjectAssign$4(f, {
        toString: () => {
          const seenValues = safeObjectKeys$3(recorded2).sort().map((k) => `${k} => ${stringify(recorded2[k])}`).map((line) => `/* ${escapeForMultilineComments(line)} */`);
          return `function(a, b) {
  // With hash and stringify coming from fast-check${seenValues.length !== 0 ? `
  ${safeJoin(seenValues, "\n  ")}` : ""}
  const cmp = ${cmp};
  const hA = hash('${seed}' + stringify(a)) % ${hashEnvSize};
  const hB = hash('${seed}' + stringify(b)) % ${hashEnvSize};
  return cmp(hA, hB);
}`;
        },
        [cloneMethod]: producer
      });
    };
    return producer();
  });
}
var safeObjectAssign$3 = Object.assign;
function compareBooleanFunc() {
  return buildCompareFunctionArbitrary(safeObjectAssign$3((hA, hB) => hA < hB, { toString() {
    return "(hA, hB) => hA < hB";
  } }));
}
var safeObjectAssign$2 = Object.assign;
function compareFunc() {
  return buildCompareFunctionArbitrary(safeObjectAssign$2((hA, hB) => hA - hB, { toString() {
    return "(hA, hB) => hA - hB";
  } }));
}
var safeObjectDefineProperties$1 = Object.defineProperties;
var safeObjectKeys$2 = Object.keys;
function func(arb) {
  return tuple(array(arb, { minLength: 1 }), noShrink(integer())).map(([outs, seed]) => {
    const producer = () => {
      const recorded2 = {};
      const f = (...args2) => {
        const repr = stringify(args2);
        const val = outs[hash(`${seed}${repr}`) % outs.length];
        recorded2[repr] = val;
        return hasCloneMethod(val) ? val[cloneMethod]() : val;
      };
      function prettyPrint2(stringifiedOuts) {
        const seenValues = safeMap(safeMap(safeSort(safeObjectKeys$2(recorded2)), (k) => `${k} => ${stringify(recorded2[k])}`), (line) => `/* ${escapeForMultilineComments(line)} */`);
        return `function(...args) {
  // With hash and stringify coming from fast-check${seenValues.length !== 0 ? `
  ${seenValues.join("\n  ")}` : ""}
  const outs = ${stringifiedOuts};
  return outs[hash('${seed}' + stringify(args)) % outs.length];
}`;
      }
      return safeObjectDefineProperties$1(f, {
        toString: { value: () => prettyPrint2(stringify(outs)) },
        [toStringMethod]: { value: () => prettyPrint2(stringify(outs)) },
        [asyncToStringMethod]: { value: async () => prettyPrint2(await asyncStringify(outs)) },
        [cloneMethod]: {
          value: producer,
          configurable: true
        }
      });
    };
    return producer();
  });
}
var safeMinSafeInteger = Number.MIN_SAFE_INTEGER;
var safeMaxSafeInteger$1 = Number.MAX_SAFE_INTEGER;
function maxSafeInteger() {
  return new IntegerArbitrary(safeMinSafeInteger, safeMaxSafeInteger$1);
}
var safeMaxSafeInteger = Number.MAX_SAFE_INTEGER;
function maxSafeNat() {
  return new IntegerArbitrary(0, safeMaxSafeInteger);
}
var safeNumberParseInt = Number.parseInt;
function natToStringifiedNatMapper(options) {
  const [style, v] = options;
  switch (style) {
    case "oct":
      return `0${safeNumberToString(v, 8)}`;
    case "hex":
      return `0x${safeNumberToString(v, 16)}`;
    default:
      return `${v}`;
  }
}
function tryParseStringifiedNat(stringValue, radix) {
  const parsedNat = safeNumberParseInt(stringValue, radix);
  if (safeNumberToString(parsedNat, radix) !== stringValue) throw new Error("Invalid value");
  return parsedNat;
}
function natToStringifiedNatUnmapper(value) {
  if (typeof value !== "string") throw new Error("Invalid type");
  if (value.length >= 2 && value[0] === "0") {
    if (value[1] === "x") return ["hex", tryParseStringifiedNat(safeSubstring(value, 2), 16)];
    return ["oct", tryParseStringifiedNat(safeSubstring(value, 1), 8)];
  }
  return ["dec", tryParseStringifiedNat(value, 10)];
}
function dotJoinerMapper$1(data) {
  return safeJoin(data, ".");
}
function dotJoinerUnmapper$1(value) {
  if (typeof value !== "string") throw new Error("Invalid type");
  return safeMap(safeSplit(value, "."), (v) => tryParseStringifiedNat(v, 10));
}
function ipV4() {
  return tuple(nat(255), nat(255), nat(255), nat(255)).map(dotJoinerMapper$1, dotJoinerUnmapper$1);
}
function buildStringifiedNatArbitrary(maxValue) {
  return tuple(constantFrom("dec", "oct", "hex"), nat(maxValue)).map(natToStringifiedNatMapper, natToStringifiedNatUnmapper);
}
function dotJoinerMapper(data) {
  return safeJoin(data, ".");
}
function dotJoinerUnmapper(value) {
  if (typeof value !== "string") throw new Error("Invalid type");
  return safeSplit(value, ".");
}
function ipV4Extended() {
  return oneof(tuple(buildStringifiedNatArbitrary(255), buildStringifiedNatArbitrary(255), buildStringifiedNatArbitrary(255), buildStringifiedNatArbitrary(255)).map(dotJoinerMapper, dotJoinerUnmapper), tuple(buildStringifiedNatArbitrary(255), buildStringifiedNatArbitrary(255), buildStringifiedNatArbitrary(65535)).map(dotJoinerMapper, dotJoinerUnmapper), tuple(buildStringifiedNatArbitrary(255), buildStringifiedNatArbitrary(16777215)).map(dotJoinerMapper, dotJoinerUnmapper), buildStringifiedNatArbitrary(4294967295));
}
function readBh(value) {
  if (value.length === 0) return [];
  else return safeSplit(value, ":");
}
function extractEhAndL(value) {
  const valueSplits = safeSplit(value, ":");
  if (valueSplits.length >= 2 && valueSplits[valueSplits.length - 1].length <= 4) return [safeSlice(valueSplits, 0, valueSplits.length - 2), `${valueSplits[valueSplits.length - 2]}:${valueSplits[valueSplits.length - 1]}`];
  return [safeSlice(valueSplits, 0, valueSplits.length - 1), valueSplits[valueSplits.length - 1]];
}
function fullySpecifiedMapper(data) {
  return `${safeJoin(data[0], ":")}:${data[1]}`;
}
function fullySpecifiedUnmapper(value) {
  if (typeof value !== "string") throw new Error("Invalid type");
  return extractEhAndL(value);
}
function onlyTrailingMapper(data) {
  return `::${safeJoin(data[0], ":")}:${data[1]}`;
}
function onlyTrailingUnmapper(value) {
  if (typeof value !== "string") throw new Error("Invalid type");
  if (!safeStartsWith(value, "::")) throw new Error("Invalid value");
  return extractEhAndL(safeSubstring(value, 2));
}
function multiTrailingMapper(data) {
  return `${safeJoin(data[0], ":")}::${safeJoin(data[1], ":")}:${data[2]}`;
}
function multiTrailingUnmapper(value) {
  if (typeof value !== "string") throw new Error("Invalid type");
  const [bhString, trailingString] = safeSplit(value, "::", 2);
  const [eh, l] = extractEhAndL(trailingString);
  return [
    readBh(bhString),
    eh,
    l
  ];
}
function multiTrailingMapperOne(data) {
  return multiTrailingMapper([
    data[0],
    [data[1]],
    data[2]
  ]);
}
function multiTrailingUnmapperOne(value) {
  const out = multiTrailingUnmapper(value);
  return [
    out[0],
    safeJoin(out[1], ":"),
    out[2]
  ];
}
function singleTrailingMapper(data) {
  return `${safeJoin(data[0], ":")}::${data[1]}`;
}
function singleTrailingUnmapper(value) {
  if (typeof value !== "string") throw new Error("Invalid type");
  const [bhString, trailing] = safeSplit(value, "::", 2);
  return [readBh(bhString), trailing];
}
function noTrailingMapper(data) {
  return `${safeJoin(data[0], ":")}::`;
}
function noTrailingUnmapper(value) {
  if (typeof value !== "string") throw new Error("Invalid type");
  if (!safeEndsWith(value, "::")) throw new Error("Invalid value");
  return [readBh(safeSubstring(value, 0, value.length - 2))];
}
function h16sTol32Mapper([a, b]) {
  return `${a}:${b}`;
}
function h16sTol32Unmapper(value) {
  if (typeof value !== "string") throw new SError("Invalid type");
  if (!value.includes(":")) throw new SError("Invalid value");
  return value.split(":", 2);
}
var items = "0123456789abcdef";
var cachedHexa = void 0;
function hexa() {
  if (cachedHexa === void 0) cachedHexa = integer({
    min: 0,
    max: 15
  }).map((n) => items[n], (c) => {
    if (typeof c !== "string") throw new SError("Not a string");
    if (c.length !== 1) throw new SError("Invalid length");
    const code = safeCharCodeAt(c, 0);
    if (code <= 57) return code - 48;
    if (code < 97) throw new SError("Invalid character");
    return code - 87;
  });
  return cachedHexa;
}
function ipV6() {
  const h16Arb = string({
    unit: hexa(),
    minLength: 1,
    maxLength: 4,
    size: "max"
  });
  const ls32Arb = oneof(tuple(h16Arb, h16Arb).map(h16sTol32Mapper, h16sTol32Unmapper), ipV4());
  return oneof(tuple(array(h16Arb, {
    minLength: 6,
    maxLength: 6,
    size: "max"
  }), ls32Arb).map(fullySpecifiedMapper, fullySpecifiedUnmapper), tuple(array(h16Arb, {
    minLength: 5,
    maxLength: 5,
    size: "max"
  }), ls32Arb).map(onlyTrailingMapper, onlyTrailingUnmapper), tuple(array(h16Arb, {
    minLength: 0,
    maxLength: 1,
    size: "max"
  }), array(h16Arb, {
    minLength: 4,
    maxLength: 4,
    size: "max"
  }), ls32Arb).map(multiTrailingMapper, multiTrailingUnmapper), tuple(array(h16Arb, {
    minLength: 0,
    maxLength: 2,
    size: "max"
  }), array(h16Arb, {
    minLength: 3,
    maxLength: 3,
    size: "max"
  }), ls32Arb).map(multiTrailingMapper, multiTrailingUnmapper), tuple(array(h16Arb, {
    minLength: 0,
    maxLength: 3,
    size: "max"
  }), array(h16Arb, {
    minLength: 2,
    maxLength: 2,
    size: "max"
  }), ls32Arb).map(multiTrailingMapper, multiTrailingUnmapper), tuple(array(h16Arb, {
    minLength: 0,
    maxLength: 4,
    size: "max"
  }), h16Arb, ls32Arb).map(multiTrailingMapperOne, multiTrailingUnmapperOne), tuple(array(h16Arb, {
    minLength: 0,
    maxLength: 5,
    size: "max"
  }), ls32Arb).map(singleTrailingMapper, singleTrailingUnmapper), tuple(array(h16Arb, {
    minLength: 0,
    maxLength: 6,
    size: "max"
  }), h16Arb).map(singleTrailingMapper, singleTrailingUnmapper), tuple(array(h16Arb, {
    minLength: 0,
    maxLength: 7,
    size: "max"
  })).map(noTrailingMapper, noTrailingUnmapper));
}
var LazyArbitrary = class extends Arbitrary {
  constructor(name2) {
    super();
    this.name = name2;
    this.underlying = null;
  }
  generate(mrng, biasFactor) {
    if (this.underlying === null) throw new Error(`Lazy arbitrary ${JSON.stringify(this.name)} not correctly initialized`);
    return this.underlying.generate(mrng, biasFactor);
  }
  canShrinkWithoutContext(value) {
    if (this.underlying === null) throw new Error(`Lazy arbitrary ${JSON.stringify(this.name)} not correctly initialized`);
    return this.underlying.canShrinkWithoutContext(value);
  }
  shrink(value, context4) {
    if (this.underlying === null) throw new Error(`Lazy arbitrary ${JSON.stringify(this.name)} not correctly initialized`);
    return this.underlying.shrink(value, context4);
  }
};
var safeGetOwnPropertyNames = Object.getOwnPropertyNames;
function createLazyArbsPool() {
  const lazyArbsPool = new SMap$2();
  const getLazyFromPool = (key) => {
    let lazyArb = safeMapGet(lazyArbsPool, key);
    if (lazyArb !== void 0) return lazyArb;
    lazyArb = new LazyArbitrary(String(key));
    safeMapSet(lazyArbsPool, key, lazyArb);
    return lazyArb;
  };
  return getLazyFromPool;
}
function letrec(builder) {
  const getLazyFromPool = createLazyArbsPool();
  const strictArbs = builder(getLazyFromPool);
  const declaredArbitraryNames = safeGetOwnPropertyNames(strictArbs);
  for (const name2 of declaredArbitraryNames) {
    const lazyArb = getLazyFromPool(name2);
    lazyArb.underlying = strictArbs[name2];
  }
  return strictArbs;
}
function canHaveAtLeastOneItem(keys, constraints) {
  for (const key of keys) {
    const constraintsOnKey = constraints[key] || {};
    if (constraintsOnKey.maxLength === void 0 || constraintsOnKey.maxLength > 0) return true;
  }
  return false;
}
function initialPoolForEntityGraph(keys, constraints) {
  if (keys.length === 0) return constant([]);
  if (!canHaveAtLeastOneItem(keys, constraints)) throw new SError("Contraints on pool must accept at least one entity, maxLength cannot sum to 0");
  return tuple(...keys.map((key) => array(constant(key), constraints[key]))).map((values) => safeFlat(values)).filter((names) => names.length > 0);
}
var safeObjectAssign$1 = Object.assign;
var safeObjectCreate$4 = Object.create;
var safeObjectDefineProperty$1 = Object.defineProperty;
var safeObjectGetPrototypeOf = Object.getPrototypeOf;
var safeObjectPrototype = Object.prototype;
function withTargetStringifiedValue(stringifiedValue) {
  return safeObjectDefineProperty$1(safeObjectCreate$4(null), toStringMethod, {
    configurable: false,
    enumerable: false,
    writable: false,
    value: () => stringifiedValue
  });
}
function withReferenceStringifiedValue(type, index) {
  return withTargetStringifiedValue(`<${SString(type)}#${index}>`);
}
function unlinkedToLinkedEntitiesMapper(unlinkedEntities, producedLinks) {
  const linkedEntities = safeObjectCreate$4(safeObjectPrototype);
  for (const name2 in unlinkedEntities) {
    const unlinkedEntitiesForName = unlinkedEntities[name2];
    const linkedEntitiesForName = [];
    for (const unlinkedEntity of unlinkedEntitiesForName) {
      const linkedEntity = safeObjectAssign$1(safeObjectCreate$4(safeObjectGetPrototypeOf(unlinkedEntity)), unlinkedEntity);
      linkedEntitiesForName.push(linkedEntity);
    }
    linkedEntities[name2] = linkedEntitiesForName;
  }
  for (const name2 in producedLinks) {
    const entityLinks = producedLinks[name2];
    for (let entityIndex = 0; entityIndex !== entityLinks.length; ++entityIndex) {
      const entityLinksForInstance = entityLinks[entityIndex];
      const linkedInstance = linkedEntities[name2][entityIndex];
      for (const prop in entityLinksForInstance) {
        const propValue = entityLinksForInstance[prop];
        linkedInstance[prop] = propValue.index === void 0 ? void 0 : typeof propValue.index === "number" ? linkedEntities[propValue.type][propValue.index] : safeMap(propValue.index, (index) => linkedEntities[propValue.type][index]);
      }
      safeObjectDefineProperty$1(linkedInstance, toStringMethod, {
        configurable: false,
        enumerable: false,
        writable: false,
        value: () => {
          const unlinkedEntity = unlinkedEntities[name2][entityIndex];
          const entity = safeObjectAssign$1(safeObjectCreate$4(safeObjectGetPrototypeOf(unlinkedEntity)), unlinkedEntity);
          for (const prop in entityLinksForInstance) {
            const propValue = entityLinksForInstance[prop];
            entity[prop] = propValue.index === void 0 ? void 0 : typeof propValue.index === "number" ? withReferenceStringifiedValue(propValue.type, propValue.index) : safeMap(propValue.index, (index) => withReferenceStringifiedValue(propValue.type, index));
          }
          return stringify(entity);
        }
      });
    }
  }
  return linkedEntities;
}
function buildInversedRelationsMapping(relations) {
  let foundInversedRelations = 0;
  const requestedInversedRelations = new SMap$2();
  for (const name2 in relations) {
    const relationsForName = relations[name2];
    for (const fieldName in relationsForName) {
      const relation = relationsForName[fieldName];
      if (relation.arity !== "inverse") continue;
      let existingOnes = safeMapGet(requestedInversedRelations, relation.type);
      if (existingOnes === void 0) {
        existingOnes = new SMap$2();
        safeMapSet(requestedInversedRelations, relation.type, existingOnes);
      }
      if (safeMapHas(existingOnes, relation.forwardRelationship)) throw new SError(`Cannot declare multiple inverse relationships for the same forward relationship ${SString(relation.forwardRelationship)} on type ${SString(relation.type)}`);
      safeMapSet(existingOnes, relation.forwardRelationship, {
        type: name2,
        property: fieldName
      });
      foundInversedRelations += 1;
    }
  }
  const inversedRelations = new SMap$2();
  if (foundInversedRelations === 0) return inversedRelations;
  for (const name2 in relations) {
    const relationsForName = relations[name2];
    const requestedInversedRelationsForName = safeMapGet(requestedInversedRelations, name2);
    if (requestedInversedRelationsForName === void 0) continue;
    for (const fieldName in relationsForName) {
      const relation = relationsForName[fieldName];
      if (relation.arity === "inverse") continue;
      const requestedIfAny = safeMapGet(requestedInversedRelationsForName, fieldName);
      if (requestedIfAny === void 0) continue;
      if (requestedIfAny.type !== relation.type) throw new SError(`Inverse relationship ${SString(requestedIfAny.property)} on type ${SString(requestedIfAny.type)} references forward relationship ${SString(fieldName)} but types do not match`);
      safeMapSet(inversedRelations, relation, requestedIfAny);
    }
  }
  if (inversedRelations.size !== foundInversedRelations) throw new SError(`Some inverse relationships could not be matched with their corresponding forward relationships`);
  return inversedRelations;
}
var safeObjectAssign = Object.assign;
var safeObjectCreate$3 = Object.create;
function produceLinkUnitaryIndexArbitrary(strategy, currentIndexIfSameType, countInTargetType) {
  switch (strategy) {
    case "exclusive":
      return constant(countInTargetType);
    case "successor":
      return noBias(integer({
        min: currentIndexIfSameType !== void 0 ? currentIndexIfSameType + 1 : 0,
        max: countInTargetType
      }));
    case "any":
      return noBias(integer({
        min: 0,
        max: countInTargetType
      }));
  }
}
function buildLinkIndexArbitrary(arity, strategy, currentIndexIfSameType, countInTargetType, currentEntityDepth) {
  const linkArbitrary = produceLinkUnitaryIndexArbitrary(strategy, currentIndexIfSameType, countInTargetType);
  switch (arity) {
    case "0-1":
      return option(linkArbitrary, {
        nil: void 0,
        depthIdentifier: currentEntityDepth
      });
    case "1":
      return linkArbitrary;
    case "many": {
      let randomUnicity = 0;
      return option(uniqueArray(linkArbitrary, {
        depthIdentifier: currentEntityDepth,
        selector: (v) => v === countInTargetType ? v + ++randomUnicity : v,
        minLength: 1
      }), {
        nil: [],
        depthIdentifier: currentEntityDepth
      }).map((values) => {
        let offset = 0;
        return safeMap(values, (v) => v === countInTargetType ? v + offset++ : v);
      });
    }
  }
}
function createEmptyLinksInstanceFor(relations, targetType) {
  const emptyLinksInstance = safeObjectCreate$3(null);
  const relationsForType = relations[targetType];
  for (const name2 in relationsForType) {
    const relation = relationsForType[name2];
    if (relation.arity === "inverse") emptyLinksInstance[name2] = {
      type: relation.type,
      index: []
    };
  }
  return emptyLinksInstance;
}
function assertAcceptableRelations(relations) {
  const nonExclusiveEntities = new SSet();
  const exclusiveEntities = new SSet();
  for (const name2 in relations) {
    const relationsForName = relations[name2];
    for (const fieldName in relationsForName) {
      const relation = relationsForName[fieldName];
      if (relation.arity === "inverse") continue;
      if (relation.strategy === "exclusive") {
        if (safeHas(nonExclusiveEntities, relation.type)) throw new SError(`Cannot mix exclusive with other strategies for type ${SString(relation.type)}`);
        safeAdd(exclusiveEntities, relation.type);
      } else {
        if (safeHas(exclusiveEntities, relation.type)) throw new SError(`Cannot mix exclusive with other strategies for type ${SString(relation.type)}`);
        safeAdd(nonExclusiveEntities, relation.type);
      }
      if (relation.strategy === "successor" && relation.type !== name2) throw new SError(`Cannot mix types for the strategy successor`);
      if (relation.strategy === "successor" && relation.arity === "1") throw new SError(`Cannot use an arity of 1 for the strategy successor`);
    }
  }
}
function draftNextProductionState(state, offset) {
  const { producedLinks, toBeProducedEntities } = state;
  const nextIndex = state.nextIndex + offset;
  const newProducedLinks = safeObjectAssign(safeObjectCreate$3(null), producedLinks);
  function getOrCreateProducedLinksFor(type) {
    if (newProducedLinks[type] === producedLinks[type]) newProducedLinks[type] = safeSlice(producedLinks[type]);
    return newProducedLinks[type];
  }
  function getOrCreateLinksFor(type, indexInType) {
    const producedLinksForType = getOrCreateProducedLinksFor(type);
    if (producedLinksForType[indexInType] === producedLinks[type][indexInType]) producedLinksForType[indexInType] = safeObjectAssign(safeObjectCreate$3(null), producedLinks[type][indexInType]);
    return producedLinksForType[indexInType];
  }
  function getOrCreateRelationFor(type, indexInType, property2) {
    const links = getOrCreateLinksFor(type, indexInType);
    const originalEntity = producedLinks[type][indexInType];
    if (originalEntity !== void 0 && links[property2] === originalEntity[property2]) {
      const sharedRelation = links[property2];
      links[property2] = {
        type: sharedRelation.type,
        index: typeof sharedRelation.index === "object" ? safeSlice(sharedRelation.index) : sharedRelation.index
      };
    }
    return links[property2];
  }
  let newToBeProducedEntities = void 0;
  const toBeProduced = toBeProducedEntities[nextIndex];
  return {
    setOutboundLink: (name2, value) => {
      const currentLinks = getOrCreateLinksFor(toBeProduced.type, toBeProduced.indexInType);
      currentLinks[name2] = value;
    },
    enqueueNewEntity: (relations, targetType) => {
      const producedLinksInTargetType = getOrCreateProducedLinksFor(targetType);
      const newEntityIndexInType = producedLinksInTargetType.length;
      if (newToBeProducedEntities === void 0) newToBeProducedEntities = safeSlice(toBeProducedEntities);
      safePush(newToBeProducedEntities, {
        type: targetType,
        indexInType: newEntityIndexInType,
        depth: toBeProduced.depth + 1
      });
      safePush(producedLinksInTargetType, createEmptyLinksInstanceFor(relations, targetType));
      return newEntityIndexInType;
    },
    appendBackReference: (targetType, indexInType, property2) => {
      const knownInversedLinks = getOrCreateRelationFor(targetType, indexInType, property2).index;
      safePush(knownInversedLinks, toBeProduced.indexInType);
    },
    commit: () => ({
      producedLinks: newProducedLinks,
      toBeProducedEntities: newToBeProducedEntities !== void 0 ? newToBeProducedEntities : toBeProducedEntities,
      nextIndex: nextIndex + 1
    })
  };
}
function buildInitialProductionState(relations, defaultEntities) {
  const producedLinks = safeObjectCreate$3(null);
  for (const name2 in relations) producedLinks[name2] = [];
  const toBeProducedEntities = [];
  for (const name2 of defaultEntities) {
    safePush(toBeProducedEntities, {
      type: name2,
      indexInType: producedLinks[name2].length,
      depth: 0
    });
    safePush(producedLinks[name2], createEmptyLinksInstanceFor(relations, name2));
  }
  return {
    producedLinks,
    toBeProducedEntities,
    nextIndex: 0
  };
}
function buildEntityStepArbitrary(relations, inversedRelations, lastState, offset) {
  const lastProducedLinks = lastState.producedLinks;
  const currentEntity = lastState.toBeProducedEntities[lastState.nextIndex + offset];
  const currentRelations = relations[currentEntity.type];
  const currentEntityDepth = createDepthIdentifier();
  currentEntityDepth.depth = currentEntity.depth;
  const subArbitraries = [];
  const linkContexts = [];
  for (const name2 in currentRelations) {
    const relation = currentRelations[name2];
    if (relation.arity === "inverse") continue;
    const targetType = relation.type;
    const countInTargetType = lastProducedLinks[targetType].length;
    safePush(subArbitraries, buildLinkIndexArbitrary(relation.arity, relation.strategy || "any", targetType === currentEntity.type ? currentEntity.indexInType : void 0, countInTargetType, currentEntityDepth));
    safePush(linkContexts, {
      name: name2,
      relation,
      sentinelLinkIndex: countInTargetType
    });
  }
  if (subArbitraries.length === 0) return;
  return tuple(...subArbitraries).map((results2) => {
    const state = draftNextProductionState(lastState, offset);
    for (let resultIndex = 0; resultIndex !== results2.length; ++resultIndex) {
      const linkOrLinks = results2[resultIndex];
      const { name: name2, relation, sentinelLinkIndex } = linkContexts[resultIndex];
      const effectiveLinks = [];
      const links = linkOrLinks === void 0 ? [] : typeof linkOrLinks === "number" ? [linkOrLinks] : linkOrLinks;
      for (const link of links) {
        let newEntityIndexInType;
        if (link >= sentinelLinkIndex) newEntityIndexInType = state.enqueueNewEntity(relations, relation.type);
        else newEntityIndexInType = link;
        safePush(effectiveLinks, newEntityIndexInType);
        const inversed = safeMapGet(inversedRelations, relation);
        if (inversed !== void 0) state.appendBackReference(relation.type, newEntityIndexInType, inversed.property);
      }
      state.setOutboundLink(name2, {
        type: relation.type,
        index: linkOrLinks === void 0 ? void 0 : typeof linkOrLinks === "number" ? effectiveLinks[0] : effectiveLinks
      });
    }
    return state.commit();
  });
}
function onTheFlyLinksForEntityGraph(relations, defaultEntities) {
  assertAcceptableRelations(relations);
  const inversedRelations = buildInversedRelationsMapping(relations);
  return chainUntil(constant(buildInitialProductionState(relations, defaultEntities)), (state) => {
    if (state.nextIndex >= state.toBeProducedEntities.length) return;
    let offset = 0;
    let next = void 0;
    while (next === void 0 && state.nextIndex + offset < state.toBeProducedEntities.length) {
      next = buildEntityStepArbitrary(relations, inversedRelations, state, offset);
      offset += 1;
    }
    return next;
  }).map((state) => {
    return state.producedLinks;
  });
}
var safeObjectKeys$1 = Object.keys;
var safeObjectGetOwnPropertySymbols$1 = Object.getOwnPropertySymbols;
var safeObjectGetOwnPropertyDescriptor$1 = Object.getOwnPropertyDescriptor;
function extractEnumerableKeys(instance) {
  const keys = safeObjectKeys$1(instance);
  const symbols = safeObjectGetOwnPropertySymbols$1(instance);
  for (let index = 0; index !== symbols.length; ++index) {
    const symbol3 = symbols[index];
    const descriptor = safeObjectGetOwnPropertyDescriptor$1(instance, symbol3);
    if (descriptor && descriptor.enumerable) keys.push(symbol3);
  }
  return keys;
}
var safeObjectCreate$2 = Object.create;
var safeObjectDefineProperty = Object.defineProperty;
var safeObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
var safeObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
var safeObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
function buildValuesAndSeparateKeysToObjectMapper(keys, noKeyValue2) {
  return function valuesAndSeparateKeysToObjectMapper(definition) {
    const obj = definition[definition.length - 1] ? safeObjectCreate$2(null) : {};
    for (let idx = 0; idx !== keys.length; ++idx) {
      const valueWrapper = definition[idx];
      if (valueWrapper !== noKeyValue2) {
        const key = keys[idx];
        if (key === "__proto__") safeObjectDefineProperty(obj, key, {
          value: valueWrapper,
          configurable: true,
          enumerable: true,
          writable: true
        });
        else obj[key] = valueWrapper;
      }
    }
    return obj;
  };
}
function buildValuesAndSeparateKeysToObjectUnmapper(keys, noKeyValue2) {
  return function valuesAndSeparateKeysToObjectUnmapper(value) {
    if (typeof value !== "object" || value === null) throw new Error("Incompatible instance received: should be a non-null object");
    const hasNullPrototype = Object.getPrototypeOf(value) === null;
    const hasObjectPrototype = "constructor" in value && value.constructor === Object;
    if (!hasNullPrototype && !hasObjectPrototype) throw new Error("Incompatible instance received: should be of exact type Object");
    let extractedPropertiesCount = 0;
    const extractedValues = [];
    for (let idx = 0; idx !== keys.length; ++idx) {
      const descriptor = safeObjectGetOwnPropertyDescriptor(value, keys[idx]);
      if (descriptor !== void 0) {
        if (!descriptor.configurable || !descriptor.enumerable || !descriptor.writable) throw new Error("Incompatible instance received: should contain only c/e/w properties");
        if (descriptor.get !== void 0 || descriptor.set !== void 0) throw new Error("Incompatible instance received: should contain only no get/set properties");
        ++extractedPropertiesCount;
        safePush(extractedValues, descriptor.value);
      } else safePush(extractedValues, noKeyValue2);
    }
    const namePropertiesCount = safeObjectGetOwnPropertyNames(value).length;
    const symbolPropertiesCount = safeObjectGetOwnPropertySymbols(value).length;
    if (extractedPropertiesCount !== namePropertiesCount + symbolPropertiesCount) throw new Error("Incompatible instance received: should not contain extra properties");
    return [...extractedValues, hasNullPrototype];
  };
}
var noKeyValue = /* @__PURE__ */ Symbol("no-key");
function buildPartialRecordArbitrary(recordModel, requiredKeys, noNullPrototype) {
  const keys = extractEnumerableKeys(recordModel);
  const arbs = [];
  for (let index = 0; index !== keys.length; ++index) {
    const k = keys[index];
    const requiredArbitrary = recordModel[k];
    if (requiredKeys === void 0 || safeIndexOf(requiredKeys, k) !== -1) safePush(arbs, requiredArbitrary);
    else safePush(arbs, option(requiredArbitrary, { nil: noKeyValue }));
  }
  return tuple(...arbs, noNullPrototype ? constant(false) : boolean()).map(buildValuesAndSeparateKeysToObjectMapper(keys, noKeyValue), buildValuesAndSeparateKeysToObjectUnmapper(keys, noKeyValue));
}
function record(recordModel, constraints) {
  const noNullPrototype = constraints !== void 0 && !!constraints.noNullPrototype;
  if (constraints === void 0) return buildPartialRecordArbitrary(recordModel, void 0, noNullPrototype);
  if (!("requiredKeys" in constraints && constraints.requiredKeys !== void 0)) return buildPartialRecordArbitrary(recordModel, void 0, noNullPrototype);
  const requiredKeys = ("requiredKeys" in constraints ? constraints.requiredKeys : void 0) || [];
  for (let idx = 0; idx !== requiredKeys.length; ++idx) {
    const descriptor = Object.getOwnPropertyDescriptor(recordModel, requiredKeys[idx]);
    if (descriptor === void 0) throw new Error(`requiredKeys cannot reference keys that have not been defined in recordModel`);
    if (!descriptor.enumerable) throw new Error(`requiredKeys cannot reference keys that are not enumerable in recordModel`);
  }
  return buildPartialRecordArbitrary(recordModel, requiredKeys, noNullPrototype);
}
var safeObjectCreate$1 = Object.create;
function unlinkedEntitiesForEntityGraph(arbitraries, countFor, unicityConstraintsFor, constraints) {
  const recordModel = safeObjectCreate$1(null);
  for (const name2 in arbitraries) {
    const entityRecordModel = arbitraries[name2];
    const entityArbitrary = record(entityRecordModel, constraints);
    const count = countFor(name2);
    const unicityConstraints = unicityConstraintsFor(name2);
    const arrayConstraints = {
      minLength: count,
      maxLength: count
    };
    recordModel[name2] = unicityConstraints !== void 0 ? uniqueArray(entityArbitrary, {
      ...arrayConstraints,
      selector: unicityConstraints
    }) : array(entityArbitrary, arrayConstraints);
  }
  return record(recordModel);
}
var safeObjectCreate = Object.create;
var safeObjectKeys = Object.keys;
function entityGraph(arbitraries, relations, constraints = {}) {
  const allKeys = safeObjectKeys(arbitraries);
  const initialPoolConstraints = constraints.initialPoolConstraints || safeObjectCreate(null);
  const unicityConstraints = constraints.unicityConstraints || safeObjectCreate(null);
  const unlinkedContraints = { noNullPrototype: constraints.noNullPrototype };
  return initialPoolForEntityGraph(allKeys, initialPoolConstraints).chain((defaultEntities) => onTheFlyLinksForEntityGraph(relations, defaultEntities).chain((producedLinks) => unlinkedEntitiesForEntityGraph(arbitraries, (name2) => producedLinks[name2].length, (name2) => unicityConstraints[name2], unlinkedContraints).map((unlinkedEntities) => unlinkedToLinkedEntitiesMapper(unlinkedEntities, producedLinks))));
}
function wordsToJoinedStringMapper(words) {
  return safeJoin(safeMap(words, (w) => w[w.length - 1] === "," ? safeSubstring(w, 0, w.length - 1) : w), " ");
}
function wordsToJoinedStringUnmapperFor(wordsArbitrary) {
  return function wordsToJoinedStringUnmapper(value) {
    if (typeof value !== "string") throw new Error("Unsupported type");
    const words = [];
    for (const candidate of safeSplit(value, " ")) if (wordsArbitrary.canShrinkWithoutContext(candidate)) safePush(words, candidate);
    else if (wordsArbitrary.canShrinkWithoutContext(candidate + ",")) safePush(words, candidate + ",");
    else throw new Error("Unsupported word");
    return words;
  };
}
function wordsToSentenceMapper(words) {
  let sentence = safeJoin(words, " ");
  if (sentence[sentence.length - 1] === ",") sentence = safeSubstring(sentence, 0, sentence.length - 1);
  return safeToUpperCase(sentence[0]) + safeSubstring(sentence, 1) + ".";
}
function wordsToSentenceUnmapperFor(wordsArbitrary) {
  return function wordsToSentenceUnmapper(value) {
    if (typeof value !== "string") throw new Error("Unsupported type");
    if (value.length < 2 || value[value.length - 1] !== "." || value[value.length - 2] === "," || safeToUpperCase(safeToLowerCase(value[0])) !== value[0]) throw new Error("Unsupported value");
    const adaptedValue = safeToLowerCase(value[0]) + safeSubstring(value, 1, value.length - 1);
    const words = [];
    const candidates = safeSplit(adaptedValue, " ");
    for (let idx = 0; idx !== candidates.length; ++idx) {
      const candidate = candidates[idx];
      if (wordsArbitrary.canShrinkWithoutContext(candidate)) safePush(words, candidate);
      else if (idx === candidates.length - 1 && wordsArbitrary.canShrinkWithoutContext(candidate + ",")) safePush(words, candidate + ",");
      else throw new Error("Unsupported word");
    }
    return words;
  };
}
function sentencesToParagraphMapper(sentences) {
  return safeJoin(sentences, " ");
}
function sentencesToParagraphUnmapper(value) {
  if (typeof value !== "string") throw new Error("Unsupported type");
  const sentences = safeSplit(value, ". ");
  for (let idx = 0; idx < sentences.length - 1; ++idx) sentences[idx] += ".";
  return sentences;
}
var h = (v, w) => {
  return {
    arbitrary: constant(v),
    weight: w
  };
};
function loremWord() {
  return oneof(h("non", 6), h("adipiscing", 5), h("ligula", 5), h("enim", 5), h("pellentesque", 5), h("in", 5), h("augue", 5), h("et", 5), h("nulla", 5), h("lorem", 4), h("sit", 4), h("sed", 4), h("diam", 4), h("fermentum", 4), h("ut", 4), h("eu", 4), h("aliquam", 4), h("mauris", 4), h("vitae", 4), h("felis", 4), h("ipsum", 3), h("dolor", 3), h("amet,", 3), h("elit", 3), h("euismod", 3), h("mi", 3), h("orci", 3), h("erat", 3), h("praesent", 3), h("egestas", 3), h("leo", 3), h("vel", 3), h("sapien", 3), h("integer", 3), h("curabitur", 3), h("convallis", 3), h("purus", 3), h("risus", 2), h("suspendisse", 2), h("lectus", 2), h("nec,", 2), h("ultricies", 2), h("sed,", 2), h("cras", 2), h("elementum", 2), h("ultrices", 2), h("maecenas", 2), h("massa,", 2), h("varius", 2), h("a,", 2), h("semper", 2), h("proin", 2), h("nec", 2), h("nisl", 2), h("amet", 2), h("duis", 2), h("congue", 2), h("libero", 2), h("vestibulum", 2), h("pede", 2), h("blandit", 2), h("sodales", 2), h("ante", 2), h("nibh", 2), h("ac", 2), h("aenean", 2), h("massa", 2), h("suscipit", 2), h("sollicitudin", 2), h("fusce", 2), h("tempus", 2), h("aliquam,", 2), h("nunc", 2), h("ullamcorper", 2), h("rhoncus", 2), h("metus", 2), h("faucibus,", 2), h("justo", 2), h("magna", 2), h("at", 2), h("tincidunt", 2), h("consectetur", 1), h("tortor,", 1), h("dignissim", 1), h("congue,", 1), h("non,", 1), h("porttitor,", 1), h("nonummy", 1), h("molestie,", 1), h("est", 1), h("eleifend", 1), h("mi,", 1), h("arcu", 1), h("scelerisque", 1), h("vitae,", 1), h("consequat", 1), h("in,", 1), h("pretium", 1), h("volutpat", 1), h("pharetra", 1), h("tempor", 1), h("bibendum", 1), h("odio", 1), h("dui", 1), h("primis", 1), h("faucibus", 1), h("luctus", 1), h("posuere", 1), h("cubilia", 1), h("curae,", 1), h("hendrerit", 1), h("velit", 1), h("mauris,", 1), h("gravida", 1), h("ornare", 1), h("ut,", 1), h("pulvinar", 1), h("varius,", 1), h("turpis", 1), h("nibh,", 1), h("eros", 1), h("id", 1), h("aliquet", 1), h("quis", 1), h("lobortis", 1), h("consectetuer", 1), h("morbi", 1), h("vehicula", 1), h("tortor", 1), h("tellus,", 1), h("id,", 1), h("eu,", 1), h("quam", 1), h("feugiat,", 1), h("posuere,", 1), h("iaculis", 1), h("lectus,", 1), h("tristique", 1), h("mollis,", 1), h("nisl,", 1), h("vulputate", 1), h("sem", 1), h("vivamus", 1), h("placerat", 1), h("imperdiet", 1), h("cursus", 1), h("rutrum", 1), h("iaculis,", 1), h("augue,", 1), h("lacus", 1));
}
function lorem(constraints = {}) {
  const { maxCount, mode = "words", size } = constraints;
  if (maxCount !== void 0 && maxCount < 1) throw new Error(`lorem has to produce at least one word/sentence`);
  const wordArbitrary = loremWord();
  if (mode === "sentences") return array(array(wordArbitrary, {
    minLength: 1,
    size: "small"
  }).map(wordsToSentenceMapper, wordsToSentenceUnmapperFor(wordArbitrary)), {
    minLength: 1,
    maxLength: maxCount,
    size
  }).map(sentencesToParagraphMapper, sentencesToParagraphUnmapper);
  else return array(wordArbitrary, {
    minLength: 1,
    maxLength: maxCount,
    size
  }).map(wordsToJoinedStringMapper, wordsToJoinedStringUnmapperFor(wordArbitrary));
}
function arrayToMapMapper(data) {
  return new Map(data);
}
function arrayToMapUnmapper(value) {
  if (typeof value !== "object" || value === null) throw new Error("Incompatible instance received: should be a non-null object");
  if (!("constructor" in value) || value.constructor !== Map) throw new Error("Incompatible instance received: should be of exact type Map");
  return Array.from(value);
}
function mapKeyExtractor(entry) {
  return entry[0];
}
function map(keyArb, valueArb, constraints = {}) {
  return uniqueArray(tuple(keyArb, valueArb), {
    minLength: constraints.minKeys,
    maxLength: constraints.maxKeys,
    size: constraints.size,
    selector: mapKeyExtractor,
    depthIdentifier: constraints.depthIdentifier,
    comparator: "SameValueZero"
  }).map(arrayToMapMapper, arrayToMapUnmapper);
}
var contextRemainingDepth = 10;
function memo(builder) {
  const previous = {};
  return ((maxDepth) => {
    const n = maxDepth !== void 0 ? maxDepth : contextRemainingDepth;
    if (!safeHasOwnProperty(previous, n)) {
      const prev = contextRemainingDepth;
      contextRemainingDepth = n - 1;
      previous[n] = builder(n);
      contextRemainingDepth = prev;
    }
    return previous[n];
  });
}
function countToggledBits(n) {
  let count = 0;
  while (n > SBigInt2(0)) {
    if (n & SBigInt2(1)) ++count;
    n >>= SBigInt2(1);
  }
  return count;
}
function computeNextFlags(flags, nextSize) {
  const allowedMask = (SBigInt2(1) << SBigInt2(nextSize)) - SBigInt2(1);
  const preservedFlags = flags & allowedMask;
  let numMissingFlags = countToggledBits(flags - preservedFlags);
  let nFlags = preservedFlags;
  for (let mask = SBigInt2(1); mask <= allowedMask && numMissingFlags !== 0; mask <<= SBigInt2(1)) if (!(nFlags & mask)) {
    nFlags |= mask;
    --numMissingFlags;
  }
  return nFlags;
}
function computeTogglePositions(chars, toggleCase) {
  const positions2 = [];
  for (let idx = chars.length - 1; idx !== -1; --idx) if (toggleCase(chars[idx]) !== chars[idx]) safePush(positions2, idx);
  return positions2;
}
function computeFlagsFromChars(untoggledChars, toggledChars, togglePositions) {
  let flags = SBigInt2(0);
  for (let idx = 0, mask = SBigInt2(1); idx !== togglePositions.length; ++idx, mask <<= SBigInt2(1)) if (untoggledChars[togglePositions[idx]] !== toggledChars[togglePositions[idx]]) flags |= mask;
  return flags;
}
function applyFlagsOnChars(chars, flags, togglePositions, toggleCase) {
  for (let idx = 0, mask = SBigInt2(1); idx !== togglePositions.length; ++idx, mask <<= SBigInt2(1)) if (flags & mask) chars[togglePositions[idx]] = toggleCase(chars[togglePositions[idx]]);
}
var MixedCaseArbitrary = class extends Arbitrary {
  constructor(stringArb, toggleCase, untoggleAll) {
    super();
    this.stringArb = stringArb;
    this.toggleCase = toggleCase;
    this.untoggleAll = untoggleAll;
  }
  /**
  * Create a proper context
  * @param rawStringValue
  * @param flagsValue
  */
  buildContextFor(rawStringValue, flagsValue) {
    return {
      rawString: rawStringValue.value,
      rawStringContext: rawStringValue.context,
      flags: flagsValue.value,
      flagsContext: flagsValue.context
    };
  }
  generate(mrng, biasFactor) {
    const rawStringValue = this.stringArb.generate(mrng, biasFactor);
    const chars = [...rawStringValue.value];
    const togglePositions = computeTogglePositions(chars, this.toggleCase);
    const flagsValue = bigInt(SBigInt2(0), (SBigInt2(1) << SBigInt2(togglePositions.length)) - SBigInt2(1)).generate(mrng, void 0);
    applyFlagsOnChars(chars, flagsValue.value, togglePositions, this.toggleCase);
    return new Value(safeJoin(chars, ""), this.buildContextFor(rawStringValue, flagsValue));
  }
  canShrinkWithoutContext(value) {
    if (typeof value !== "string") return false;
    return this.untoggleAll !== void 0 ? this.stringArb.canShrinkWithoutContext(this.untoggleAll(value)) : this.stringArb.canShrinkWithoutContext(value);
  }
  shrink(value, context4) {
    let contextSafe;
    if (context4 !== void 0) contextSafe = context4;
    else if (this.untoggleAll !== void 0) {
      const untoggledValue = this.untoggleAll(value);
      const valueChars = [...value];
      const untoggledValueChars = [...untoggledValue];
      contextSafe = {
        rawString: untoggledValue,
        rawStringContext: void 0,
        flags: computeFlagsFromChars(untoggledValueChars, valueChars, computeTogglePositions(untoggledValueChars, this.toggleCase)),
        flagsContext: void 0
      };
    } else contextSafe = {
      rawString: value,
      rawStringContext: void 0,
      flags: SBigInt2(0),
      flagsContext: void 0
    };
    const rawString = contextSafe.rawString;
    const flags = contextSafe.flags;
    return this.stringArb.shrink(rawString, contextSafe.rawStringContext).map((nRawStringValue) => {
      const nChars = [...nRawStringValue.value];
      const nTogglePositions = computeTogglePositions(nChars, this.toggleCase);
      const nFlags = computeNextFlags(flags, nTogglePositions.length);
      applyFlagsOnChars(nChars, nFlags, nTogglePositions, this.toggleCase);
      return new Value(safeJoin(nChars, ""), this.buildContextFor(nRawStringValue, new Value(nFlags, void 0)));
    }).join(makeLazy(() => {
      const chars = [...rawString];
      const togglePositions = computeTogglePositions(chars, this.toggleCase);
      return bigInt(SBigInt2(0), (SBigInt2(1) << SBigInt2(togglePositions.length)) - SBigInt2(1)).shrink(flags, contextSafe.flagsContext).map((nFlagsValue) => {
        const nChars = safeSlice(chars);
        applyFlagsOnChars(nChars, nFlagsValue.value, togglePositions, this.toggleCase);
        return new Value(safeJoin(nChars, ""), this.buildContextFor(new Value(rawString, contextSafe.rawStringContext), nFlagsValue));
      });
    }));
  }
};
function defaultToggleCase(rawChar) {
  const upper = safeToUpperCase(rawChar);
  if (upper !== rawChar) return upper;
  return safeToLowerCase(rawChar);
}
function mixedCase(stringArb, constraints) {
  return new MixedCaseArbitrary(stringArb, constraints && constraints.toggleCase || defaultToggleCase, constraints && constraints.untoggleAll);
}
function toTypedMapper$1(data) {
  return SFloat32Array.from(data);
}
function fromTypedUnmapper$1(value) {
  if (!(value instanceof SFloat32Array)) throw new Error("Unexpected type");
  return [...value];
}
function float32Array(constraints = {}) {
  return array(float(constraints), constraints).map(toTypedMapper$1, fromTypedUnmapper$1);
}
function toTypedMapper(data) {
  return SFloat64Array.from(data);
}
function fromTypedUnmapper(value) {
  if (!(value instanceof SFloat64Array)) throw new Error("Unexpected type");
  return [...value];
}
function float64Array(constraints = {}) {
  return array(double(constraints), constraints).map(toTypedMapper, fromTypedUnmapper);
}
function typedIntArrayArbitraryArbitraryBuilder(constraints, defaultMin, defaultMax, TypedArrayClass, arbitraryBuilder) {
  const generatorName = TypedArrayClass.name;
  const { min: min4 = defaultMin, max: max4 = defaultMax, ...arrayConstraints } = constraints;
  if (min4 > max4) throw new Error(`Invalid range passed to ${generatorName}: min must be lower than or equal to max`);
  if (min4 < defaultMin) throw new Error(`Invalid min value passed to ${generatorName}: min must be greater than or equal to ${defaultMin}`);
  if (max4 > defaultMax) throw new Error(`Invalid max value passed to ${generatorName}: max must be lower than or equal to ${defaultMax}`);
  return array(arbitraryBuilder({
    min: min4,
    max: max4
  }), arrayConstraints).map((data) => TypedArrayClass.from(data), (value) => {
    if (!(value instanceof TypedArrayClass)) throw new Error("Invalid type");
    return [...value];
  });
}
function int16Array(constraints = {}) {
  return typedIntArrayArbitraryArbitraryBuilder(constraints, -32768, 32767, SInt16Array, integer);
}
function int32Array(constraints = {}) {
  return typedIntArrayArbitraryArbitraryBuilder(constraints, -2147483648, 2147483647, SInt32Array, integer);
}
function int8Array(constraints = {}) {
  return typedIntArrayArbitraryArbitraryBuilder(constraints, -128, 127, SInt8Array, integer);
}
function uint16Array(constraints = {}) {
  return typedIntArrayArbitraryArbitraryBuilder(constraints, 0, 65535, SUint16Array, integer);
}
function uint32Array(constraints = {}) {
  return typedIntArrayArbitraryArbitraryBuilder(constraints, 0, 4294967295, SUint32Array, integer);
}
function uint8Array(constraints = {}) {
  return typedIntArrayArbitraryArbitraryBuilder(constraints, 0, 255, SUint8Array, integer);
}
function uint8ClampedArray(constraints = {}) {
  return typedIntArrayArbitraryArbitraryBuilder(constraints, 0, 255, SUint8ClampedArray, integer);
}
function isSafeContext(context4) {
  return context4 !== void 0;
}
function toGeneratorValue(value) {
  if (value.hasToBeCloned) return new Value(value.value_, { generatorContext: value.context }, () => value.value);
  return new Value(value.value_, { generatorContext: value.context });
}
function toShrinkerValue(value) {
  if (value.hasToBeCloned) return new Value(value.value_, { shrinkerContext: value.context }, () => value.value);
  return new Value(value.value_, { shrinkerContext: value.context });
}
var WithShrinkFromOtherArbitrary = class extends Arbitrary {
  constructor(generatorArbitrary, shrinkerArbitrary) {
    super();
    this.generatorArbitrary = generatorArbitrary;
    this.shrinkerArbitrary = shrinkerArbitrary;
  }
  generate(mrng, biasFactor) {
    return toGeneratorValue(this.generatorArbitrary.generate(mrng, biasFactor));
  }
  canShrinkWithoutContext(value) {
    return this.shrinkerArbitrary.canShrinkWithoutContext(value);
  }
  shrink(value, context4) {
    if (!isSafeContext(context4)) return this.shrinkerArbitrary.shrink(value, void 0).map(toShrinkerValue);
    if ("generatorContext" in context4) return this.generatorArbitrary.shrink(value, context4.generatorContext).map(toGeneratorValue);
    return this.shrinkerArbitrary.shrink(value, context4.shrinkerContext).map(toShrinkerValue);
  }
};
function restrictedIntegerArbitraryBuilder(min4, maxGenerated, max4) {
  const generatorArbitrary = integer({
    min: min4,
    max: maxGenerated
  });
  if (maxGenerated === max4) return generatorArbitrary;
  return new WithShrinkFromOtherArbitrary(generatorArbitrary, integer({
    min: min4,
    max: max4
  }));
}
var safeMathMin$1 = Math.min;
var safeMathMax = Math.max;
var safeArrayIsArray$1 = SArray.isArray;
var safeObjectEntries = Object.entries;
function extractMaxIndex(indexesAndValues) {
  let maxIndex = -1;
  for (let index = 0; index !== indexesAndValues.length; ++index) maxIndex = safeMathMax(maxIndex, indexesAndValues[index][0]);
  return maxIndex;
}
function arrayFromItems(length, indexesAndValues) {
  const array3 = SArray(length);
  for (let index = 0; index !== indexesAndValues.length; ++index) {
    const it = indexesAndValues[index];
    if (it[0] < length) array3[it[0]] = it[1];
  }
  return array3;
}
function sparseArray(arb, constraints = {}) {
  const { size, minNumElements = 0, maxLength = MaxLengthUpperBound, maxNumElements = maxLength, noTrailingHole, depthIdentifier } = constraints;
  const maxGeneratedLength = maxGeneratedLengthFromSizeForArbitrary(size, maxGeneratedLengthFromSizeForArbitrary(size, minNumElements, maxNumElements, constraints.maxNumElements !== void 0), maxLength, constraints.maxLength !== void 0);
  if (minNumElements > maxLength) throw new Error(`The minimal number of non-hole elements cannot be higher than the maximal length of the array`);
  if (minNumElements > maxNumElements) throw new Error(`The minimal number of non-hole elements cannot be higher than the maximal number of non-holes`);
  const resultedMaxNumElements = safeMathMin$1(maxNumElements, maxLength);
  const resultedSizeMaxNumElements = constraints.maxNumElements !== void 0 || size !== void 0 ? size : "=";
  const sparseArrayNoTrailingHole = uniqueArray(tuple(restrictedIntegerArbitraryBuilder(0, safeMathMax(maxGeneratedLength - 1, 0), safeMathMax(maxLength - 1, 0)), arb), {
    size: resultedSizeMaxNumElements,
    minLength: minNumElements,
    maxLength: resultedMaxNumElements,
    selector: (item) => item[0],
    depthIdentifier
  }).map((items2) => {
    return arrayFromItems(extractMaxIndex(items2) + 1, items2);
  }, (value) => {
    if (!safeArrayIsArray$1(value)) throw new Error("Not supported entry type");
    if (noTrailingHole && value.length !== 0 && !(value.length - 1 in value)) throw new Error("No trailing hole");
    return safeMap(safeObjectEntries(value), (entry) => [Number(entry[0]), entry[1]]);
  });
  if (noTrailingHole || maxLength === minNumElements) return sparseArrayNoTrailingHole;
  return tuple(sparseArrayNoTrailingHole, restrictedIntegerArbitraryBuilder(minNumElements, maxGeneratedLength, maxLength)).map((data) => {
    const sparse = data[0];
    const targetLength = data[1];
    if (sparse.length >= targetLength) return sparse;
    const longerSparse = safeSlice(sparse);
    longerSparse.length = targetLength;
    return longerSparse;
  }, (value) => {
    if (!safeArrayIsArray$1(value)) throw new Error("Not supported entry type");
    return [value, value.length];
  });
}
function arrayToSetMapper(data) {
  return new Set(data);
}
function arrayToSetUnmapper(value) {
  if (typeof value !== "object" || value === null) throw new Error("Incompatible instance received: should be a non-null object");
  if (!("constructor" in value) || value.constructor !== Set) throw new Error("Incompatible instance received: should be of exact type Set");
  return Array.from(value);
}
function set(arb, constraints = {}) {
  return uniqueArray(arb, {
    minLength: constraints.minLength,
    maxLength: constraints.maxLength,
    size: constraints.size,
    depthIdentifier: constraints.depthIdentifier,
    comparator: "SameValueZero"
  }).map(arrayToSetMapper, arrayToSetUnmapper);
}
function dictOf(ka, va, maxKeys, size, depthIdentifier, withNullPrototype) {
  return dictionary(ka, va, {
    maxKeys,
    noNullPrototype: !withNullPrototype,
    size,
    depthIdentifier
  });
}
function typedArray(constraints) {
  return oneof(int8Array(constraints), uint8Array(constraints), uint8ClampedArray(constraints), int16Array(constraints), uint16Array(constraints), int32Array(constraints), uint32Array(constraints), float32Array(constraints), float64Array(constraints));
}
function anyArbitraryBuilder(constraints) {
  const arbitrariesForBase = constraints.values;
  const depthSize = constraints.depthSize;
  const depthIdentifier = createDepthIdentifier();
  const maxDepth = constraints.maxDepth;
  const maxKeys = constraints.maxKeys;
  const size = constraints.size;
  const baseArb = oneof(...arbitrariesForBase, ...constraints.withBigInt ? [bigInt()] : [], ...constraints.withDate ? [date()] : []);
  return letrec((tie) => ({
    anything: oneof({
      maxDepth,
      depthSize,
      depthIdentifier
    }, baseArb, tie("array"), tie("object"), ...constraints.withMap ? [tie("map")] : [], ...constraints.withSet ? [tie("set")] : [], ...constraints.withObjectString ? [tie("anything").map((o) => stringify(o))] : [], ...constraints.withTypedArray ? [typedArray({
      maxLength: maxKeys,
      size
    })] : [], ...constraints.withSparseArray ? [sparseArray(tie("anything"), {
      maxNumElements: maxKeys,
      size,
      depthIdentifier
    })] : []),
    keys: constraints.withObjectString ? oneof({
      arbitrary: constraints.key,
      weight: 10
    }, {
      arbitrary: tie("anything").map((o) => stringify(o)),
      weight: 1
    }) : constraints.key,
    array: array(tie("anything"), {
      maxLength: maxKeys,
      size,
      depthIdentifier
    }),
    set: set(tie("anything"), {
      maxLength: maxKeys,
      size,
      depthIdentifier
    }),
    map: oneof(map(tie("keys"), tie("anything"), {
      maxKeys,
      size,
      depthIdentifier
    }), map(tie("anything"), tie("anything"), {
      maxKeys,
      size,
      depthIdentifier
    })),
    object: dictOf(tie("keys"), tie("anything"), maxKeys, size, depthIdentifier, constraints.withNullPrototype)
  })).anything;
}
function unboxedToBoxedMapper(value) {
  switch (typeof value) {
    case "boolean":
      return new SBoolean(value);
    case "number":
      return new SNumber(value);
    case "string":
      return new SString(value);
    default:
      return value;
  }
}
function unboxedToBoxedUnmapper(value) {
  if (typeof value !== "object" || value === null || !("constructor" in value)) return value;
  return value.constructor === SBoolean || value.constructor === SNumber || value.constructor === SString ? value.valueOf() : value;
}
function boxedArbitraryBuilder(arb) {
  return arb.map(unboxedToBoxedMapper, unboxedToBoxedUnmapper);
}
function defaultValues(constraints, stringArbitrary) {
  return [
    boolean(),
    maxSafeInteger(),
    double(),
    stringArbitrary(constraints),
    oneof(stringArbitrary(constraints), constant(null), constant(void 0))
  ];
}
function boxArbitraries(arbs) {
  return arbs.map((arb) => boxedArbitraryBuilder(arb));
}
function boxArbitrariesIfNeeded(arbs, boxEnabled) {
  return boxEnabled ? boxArbitraries(arbs).concat(arbs) : arbs;
}
function toQualifiedObjectConstraints(settings = {}) {
  const valueConstraints = {
    size: settings.size,
    unit: "stringUnit" in settings ? settings.stringUnit : settings.withUnicodeString ? "binary" : void 0
  };
  return {
    key: settings.key !== void 0 ? settings.key : string(valueConstraints),
    values: boxArbitrariesIfNeeded(settings.values !== void 0 ? settings.values : defaultValues(valueConstraints, string), settings.withBoxedValues === true),
    depthSize: settings.depthSize,
    maxDepth: settings.maxDepth,
    maxKeys: settings.maxKeys,
    size: settings.size,
    withSet: settings.withSet === true,
    withMap: settings.withMap === true,
    withObjectString: settings.withObjectString === true,
    withNullPrototype: settings.withNullPrototype === true,
    withBigInt: settings.withBigInt === true,
    withDate: settings.withDate === true,
    withTypedArray: settings.withTypedArray === true,
    withSparseArray: settings.withSparseArray === true
  };
}
function objectInternal(constraints) {
  return dictionary(constraints.key, anyArbitraryBuilder(constraints), {
    maxKeys: constraints.maxKeys,
    noNullPrototype: !constraints.withNullPrototype,
    size: constraints.size
  });
}
function object(constraints) {
  return objectInternal(toQualifiedObjectConstraints(constraints));
}
function jsonConstraintsBuilder(stringArbitrary, constraints) {
  const { depthSize, maxDepth } = constraints;
  return {
    key: stringArbitrary,
    values: [
      boolean(),
      double({
        noDefaultInfinity: true,
        noNaN: true
      }),
      stringArbitrary,
      constant(null)
    ],
    depthSize,
    maxDepth
  };
}
function anything(constraints) {
  return anyArbitraryBuilder(toQualifiedObjectConstraints(constraints));
}
function jsonValue(constraints = {}) {
  const noUnicodeString = constraints.noUnicodeString === void 0 || constraints.noUnicodeString === true;
  return anything(jsonConstraintsBuilder("stringUnit" in constraints ? string({ unit: constraints.stringUnit }) : noUnicodeString ? string() : string({ unit: "binary" }), constraints));
}
var safeJsonStringify = JSON.stringify;
var safeJsonParse = JSON.parse;
function jsonStringUnmapper(value) {
  if (typeof value !== "string") throw new SError("Cannot unmap the passed value");
  return safeJsonParse(value);
}
function json(constraints = {}) {
  return jsonValue(constraints).map(safeJsonStringify, jsonStringUnmapper);
}
var safeObjectDefineProperties = Object.defineProperties;
function prettyPrint(numSeen, seenValuesStrings) {
  return `Stream(${seenValuesStrings !== void 0 ? `${safeJoin(seenValuesStrings, ",")}\u2026` : `${numSeen} emitted`})`;
}
var StreamArbitrary = class extends Arbitrary {
  constructor(arb, history) {
    super();
    this.arb = arb;
    this.history = history;
  }
  generate(mrng, biasFactor) {
    const appliedBiasFactor = biasFactor !== void 0 && mrng.nextInt(1, biasFactor) === 1 ? biasFactor : void 0;
    const enrichedProducer = () => {
      const seenValues = this.history ? [] : null;
      let numSeenValues = 0;
      const g = function* (arb, clonedMrng) {
        while (true) {
          const value = arb.generate(clonedMrng, appliedBiasFactor).value;
          numSeenValues++;
          if (seenValues !== null) safePush(seenValues, value);
          yield value;
        }
      };
      const s = new Stream(g(this.arb, mrng.clone()));
      return safeObjectDefineProperties(s, {
        toString: { value: () => prettyPrint(numSeenValues, seenValues !== null ? seenValues.map(stringify) : void 0) },
        [toStringMethod]: { value: () => prettyPrint(numSeenValues, seenValues !== null ? seenValues.map(stringify) : void 0) },
        [asyncToStringMethod]: { value: async () => prettyPrint(numSeenValues, seenValues !== null ? await Promise.all(seenValues.map(asyncStringify)) : void 0) },
        [cloneMethod]: {
          value: enrichedProducer,
          enumerable: true
        }
      });
    };
    return new Value(enrichedProducer(), void 0);
  }
  canShrinkWithoutContext(_value) {
    return false;
  }
  shrink(_value, _context) {
    return Stream.nil();
  }
};
function infiniteStream(arb, constraints) {
  return new StreamArbitrary(arb, constraints !== void 0 && typeof constraints === "object" && "noHistory" in constraints ? !constraints.noHistory : true);
}
function codePointsToStringMapper(tab) {
  return safeJoin(tab, "");
}
function codePointsToStringUnmapper(value) {
  if (typeof value !== "string") throw new Error("Cannot unmap the passed value");
  return [...value];
}
function stringToBase64Mapper(s) {
  switch (s.length % 4) {
    case 0:
      return s;
    case 3:
      return `${s}=`;
    case 2:
      return `${s}==`;
    default:
      return safeSubstring(s, 1);
  }
}
function stringToBase64Unmapper(value) {
  if (typeof value !== "string" || value.length % 4 !== 0) throw new Error("Invalid string received");
  const lastTrailingIndex = value.indexOf("=");
  if (lastTrailingIndex === -1) return value;
  if (value.length - lastTrailingIndex > 2) throw new Error("Cannot unmap the passed value");
  return safeSubstring(value, 0, lastTrailingIndex);
}
var safeStringFromCharCode = String.fromCharCode;
function base64Mapper(v) {
  if (v < 26) return safeStringFromCharCode(v + 65);
  if (v < 52) return safeStringFromCharCode(v + 97 - 26);
  if (v < 62) return safeStringFromCharCode(v + 48 - 52);
  return v === 62 ? "+" : "/";
}
function base64Unmapper(s) {
  if (typeof s !== "string" || s.length !== 1) throw new SError("Invalid entry");
  const v = safeCharCodeAt(s, 0);
  if (v >= 65 && v <= 90) return v - 65;
  if (v >= 97 && v <= 122) return v - 97 + 26;
  if (v >= 48 && v <= 57) return v - 48 + 52;
  return v === 43 ? 62 : v === 47 ? 63 : -1;
}
function base64() {
  return integer({
    min: 0,
    max: 63
  }).map(base64Mapper, base64Unmapper);
}
function base64String(constraints = {}) {
  const { minLength: unscaledMinLength = 0, maxLength: unscaledMaxLength = MaxLengthUpperBound, size } = constraints;
  const minLength = unscaledMinLength + 3 - (unscaledMinLength + 3) % 4;
  const maxLength = unscaledMaxLength - unscaledMaxLength % 4;
  const requestedSize = constraints.maxLength === void 0 && size === void 0 ? "=" : size;
  if (minLength > maxLength) throw new SError("Minimal length should be inferior or equal to maximal length");
  if (minLength % 4 !== 0) throw new SError("Minimal length of base64 strings must be a multiple of 4");
  if (maxLength % 4 !== 0) throw new SError("Maximal length of base64 strings must be a multiple of 4");
  const charArbitrary = base64();
  return array(charArbitrary, {
    minLength,
    maxLength,
    size: requestedSize,
    experimentalCustomSlices: createSlicesForStringLegacy(charArbitrary, codePointsToStringUnmapper)
  }).map(codePointsToStringMapper, codePointsToStringUnmapper).map(stringToBase64Mapper, stringToBase64Unmapper);
}
var safeObjectIs = Object.is;
function isSubarrayOf(source, small) {
  const countMap = new SMap$2();
  let countMinusZero = 0;
  for (const sourceEntry of source) if (safeObjectIs(sourceEntry, -0)) ++countMinusZero;
  else safeMapSet(countMap, sourceEntry, (safeMapGet(countMap, sourceEntry) || 0) + 1);
  for (let index = 0; index !== small.length; ++index) {
    if (!(index in small)) return false;
    const smallEntry = small[index];
    if (safeObjectIs(smallEntry, -0)) {
      if (countMinusZero === 0) return false;
      --countMinusZero;
    } else {
      const oldCount = safeMapGet(countMap, smallEntry) || 0;
      if (oldCount === 0) return false;
      safeMapSet(countMap, smallEntry, oldCount - 1);
    }
  }
  return true;
}
var safeMathFloor$1 = Math.floor;
var safeMathLog = Math.log;
var safeArrayIsArray = Array.isArray;
var SubarrayArbitrary = class extends Arbitrary {
  constructor(originalArray, isOrdered, minLength, maxLength) {
    super();
    this.originalArray = originalArray;
    this.isOrdered = isOrdered;
    this.minLength = minLength;
    this.maxLength = maxLength;
    if (minLength < 0 || minLength > originalArray.length) throw new Error("fc.*{s|S}ubarrayOf expects the minimal length to be between 0 and the size of the original array");
    if (maxLength < 0 || maxLength > originalArray.length) throw new Error("fc.*{s|S}ubarrayOf expects the maximal length to be between 0 and the size of the original array");
    if (minLength > maxLength) throw new Error("fc.*{s|S}ubarrayOf expects the minimal length to be inferior or equal to the maximal length");
    this.lengthArb = new IntegerArbitrary(minLength, maxLength);
    this.biasedLengthArb = minLength !== maxLength ? new IntegerArbitrary(minLength, minLength + safeMathFloor$1(safeMathLog(maxLength - minLength) / safeMathLog(2))) : this.lengthArb;
  }
  generate(mrng, biasFactor) {
    const size = (biasFactor !== void 0 && mrng.nextInt(1, biasFactor) === 1 ? this.biasedLengthArb : this.lengthArb).generate(mrng, void 0);
    const sizeValue = size.value;
    const remainingElements = safeMap(this.originalArray, (_v, idx) => idx);
    const ids = [];
    for (let index = 0; index !== sizeValue; ++index) {
      const selectedIdIndex = mrng.nextInt(0, remainingElements.length - 1);
      safePush(ids, remainingElements[selectedIdIndex]);
      safeSplice(remainingElements, selectedIdIndex, 1);
    }
    if (this.isOrdered) safeSort(ids, (a, b) => a - b);
    return new Value(safeMap(ids, (i) => this.originalArray[i]), size.context);
  }
  canShrinkWithoutContext(value) {
    if (!safeArrayIsArray(value)) return false;
    if (!this.lengthArb.canShrinkWithoutContext(value.length)) return false;
    return isSubarrayOf(this.originalArray, value);
  }
  shrink(value, context4) {
    if (value.length === 0) return Stream.nil();
    return this.lengthArb.shrink(value.length, context4).map((newSize) => {
      return new Value(safeSlice(value, value.length - newSize.value), newSize.context);
    }).join(value.length > this.minLength ? makeLazy(() => this.shrink(safeSlice(value, 1), void 0).filter((newValue) => this.minLength <= newValue.value.length + 1).map((newValue) => new Value([value[0], ...newValue.value], void 0))) : Stream.nil());
  }
};
function subarray(originalArray, constraints = {}) {
  const { minLength = 0, maxLength = originalArray.length } = constraints;
  return new SubarrayArbitrary(originalArray, true, minLength, maxLength);
}
function shuffledSubarray(originalArray, constraints = {}) {
  const { minLength = 0, maxLength = originalArray.length } = constraints;
  return new SubarrayArbitrary(originalArray, false, minLength, maxLength);
}
var encodeSymbolLookupTable = {
  10: "A",
  11: "B",
  12: "C",
  13: "D",
  14: "E",
  15: "F",
  16: "G",
  17: "H",
  18: "J",
  19: "K",
  20: "M",
  21: "N",
  22: "P",
  23: "Q",
  24: "R",
  25: "S",
  26: "T",
  27: "V",
  28: "W",
  29: "X",
  30: "Y",
  31: "Z"
};
var decodeSymbolLookupTable = {
  "0": 0,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
  "5": 5,
  "6": 6,
  "7": 7,
  "8": 8,
  "9": 9,
  A: 10,
  B: 11,
  C: 12,
  D: 13,
  E: 14,
  F: 15,
  G: 16,
  H: 17,
  J: 18,
  K: 19,
  M: 20,
  N: 21,
  P: 22,
  Q: 23,
  R: 24,
  S: 25,
  T: 26,
  V: 27,
  W: 28,
  X: 29,
  Y: 30,
  Z: 31
};
function encodeSymbol(symbol3) {
  return symbol3 < 10 ? SString(symbol3) : encodeSymbolLookupTable[symbol3];
}
function pad(value, paddingLength) {
  let extraPadding = "";
  while (value.length + extraPadding.length < paddingLength) extraPadding += "0";
  return extraPadding + value;
}
function smallUintToBase32StringMapper(num) {
  let base32Str = "";
  for (let remaining = num; remaining !== 0; ) {
    const next = remaining >> 5;
    base32Str = encodeSymbol(remaining - (next << 5)) + base32Str;
    remaining = next;
  }
  return base32Str;
}
function uintToBase32StringMapper(num, paddingLength) {
  const head3 = ~~(num / 1073741824);
  const tail = num & 1073741823;
  return pad(smallUintToBase32StringMapper(head3), paddingLength - 6) + pad(smallUintToBase32StringMapper(tail), 6);
}
function paddedUintToBase32StringMapper(paddingLength) {
  return function padded(num) {
    return uintToBase32StringMapper(num, paddingLength);
  };
}
function uintToBase32StringUnmapper(value) {
  if (typeof value !== "string") throw new SError("Unsupported type");
  let accumulated = 0;
  let power = 1;
  for (let index = value.length - 1; index >= 0; --index) {
    const char = value[index];
    const numericForChar = decodeSymbolLookupTable[char];
    if (numericForChar === void 0) throw new SError("Unsupported type");
    accumulated += numericForChar * power;
    power *= 32;
  }
  return accumulated;
}
var padded10Mapper = paddedUintToBase32StringMapper(10);
var padded8Mapper = paddedUintToBase32StringMapper(8);
function ulidMapper(parts2) {
  return padded10Mapper(parts2[0]) + padded8Mapper(parts2[1]) + padded8Mapper(parts2[2]);
}
function ulidUnmapper(value) {
  if (typeof value !== "string" || value.length !== 26) throw new Error("Unsupported type");
  return [
    uintToBase32StringUnmapper(value.slice(0, 10)),
    uintToBase32StringUnmapper(value.slice(10, 18)),
    uintToBase32StringUnmapper(value.slice(18))
  ];
}
function ulid() {
  return tuple(integer({
    min: 0,
    max: 281474976710655
  }), integer({
    min: 0,
    max: 1099511627775
  }), integer({
    min: 0,
    max: 1099511627775
  })).map(ulidMapper, ulidUnmapper);
}
function numberToPaddedEightMapper(n) {
  return safePadStart(safeNumberToString(n, 16), 8, "0");
}
function numberToPaddedEightUnmapper(value) {
  if (typeof value !== "string") throw new Error("Unsupported type");
  if (value.length !== 8) throw new Error("Unsupported value: invalid length");
  const n = parseInt(value, 16);
  if (value !== numberToPaddedEightMapper(n)) throw new Error("Unsupported value: invalid content");
  return n;
}
function buildPaddedNumberArbitrary(min4, max4) {
  return integer({
    min: min4,
    max: max4
  }).map(numberToPaddedEightMapper, numberToPaddedEightUnmapper);
}
function paddedEightsToUuidMapper(t) {
  return `${t[0]}-${safeSubstring(t[1], 4)}-${safeSubstring(t[1], 0, 4)}-${safeSubstring(t[2], 0, 4)}-${safeSubstring(t[2], 4)}${t[3]}`;
}
var UuidRegex = /^([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})$/;
function paddedEightsToUuidUnmapper(value) {
  if (typeof value !== "string") throw new Error("Unsupported type");
  const m = UuidRegex.exec(value);
  if (m === null) throw new Error("Unsupported type");
  return [
    m[1],
    m[3] + m[2],
    m[4] + safeSubstring(m[5], 0, 4),
    safeSubstring(m[5], 4)
  ];
}
var quickNumberToHexaString = "0123456789abcdef";
function buildVersionsAppliersForUuid(versions) {
  const mapping = {};
  const reversedMapping = {};
  for (let index = 0; index !== versions.length; ++index) {
    const from = quickNumberToHexaString[index];
    const to = quickNumberToHexaString[versions[index]];
    mapping[from] = to;
    reversedMapping[to] = from;
  }
  function versionsApplierMapper(value) {
    return mapping[value[0]] + safeSubstring(value, 1);
  }
  function versionsApplierUnmapper(value) {
    if (typeof value !== "string") throw new SError("Cannot produce non-string values");
    const rev = reversedMapping[value[0]];
    if (rev === void 0) throw new SError("Cannot produce strings not starting by the version in hexa code");
    return rev + safeSubstring(value, 1);
  }
  return {
    versionsApplierMapper,
    versionsApplierUnmapper
  };
}
function assertValidVersions(versions) {
  const found = {};
  for (const version of versions) {
    if (found[version]) throw new SError(`Version ${version} has been requested at least twice for uuid`);
    found[version] = true;
    if (version < 1 || version > 15) throw new SError(`Version must be a value in [1-15] for uuid, but received ${version}`);
    if (~~version !== version) throw new SError(`Version must be an integer value for uuid, but received ${version}`);
  }
  if (versions.length === 0) throw new SError(`Must provide at least one version for uuid`);
}
function uuid(constraints = {}) {
  const padded = buildPaddedNumberArbitrary(0, 4294967295);
  const version = constraints.version !== void 0 ? typeof constraints.version === "number" ? [constraints.version] : constraints.version : [
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    8
  ];
  assertValidVersions(version);
  const { versionsApplierMapper, versionsApplierUnmapper } = buildVersionsAppliersForUuid(version);
  return tuple(padded, buildPaddedNumberArbitrary(0, 268435456 * version.length - 1).map(versionsApplierMapper, versionsApplierUnmapper), buildPaddedNumberArbitrary(2147483648, 3221225471), padded).map(paddedEightsToUuidMapper, paddedEightsToUuidUnmapper);
}
function hostUserInfo(size) {
  return string({
    unit: getOrCreateAlphaNumericPercentArbitrary("-._~!$&'()*+,;=:"),
    size
  });
}
function userHostPortMapper([u, h2, p]) {
  return (u === null ? "" : `${u}@`) + h2 + (p === null ? "" : `:${p}`);
}
function userHostPortUnmapper(value) {
  if (typeof value !== "string") throw new Error("Unsupported");
  const atPosition = value.indexOf("@");
  const user = atPosition !== -1 ? value.substring(0, atPosition) : null;
  const m = /:(\d+)$/.exec(value);
  const port = m !== null ? Number(m[1]) : null;
  return [
    user,
    m !== null ? value.substring(atPosition + 1, value.length - m[1].length - 1) : value.substring(atPosition + 1),
    port
  ];
}
function bracketedMapper(s) {
  return `[${s}]`;
}
function bracketedUnmapper(value) {
  if (typeof value !== "string" || value[0] !== "[" || value[value.length - 1] !== "]") throw new Error("Unsupported");
  return value.substring(1, value.length - 1);
}
function webAuthority(constraints) {
  const c = constraints || {};
  const size = c.size;
  const hostnameArbs = [
    domain({ size }),
    ...c.withIPv4 === true ? [ipV4()] : [],
    ...c.withIPv6 === true ? [ipV6().map(bracketedMapper, bracketedUnmapper)] : [],
    ...c.withIPv4Extended === true ? [ipV4Extended()] : []
  ];
  return tuple(c.withUserInfo === true ? option(hostUserInfo(size)) : constant(null), oneof(...hostnameArbs), c.withPort === true ? option(nat(65535)) : constant(null)).map(userHostPortMapper, userHostPortUnmapper);
}
function buildUriQueryOrFragmentArbitrary(size) {
  return string({
    unit: getOrCreateAlphaNumericPercentArbitrary("-._~!$&'()*+,;=:@/?"),
    size
  });
}
function webFragments(constraints = {}) {
  return buildUriQueryOrFragmentArbitrary(constraints.size);
}
function webSegment(constraints = {}) {
  return string({
    unit: getOrCreateAlphaNumericPercentArbitrary("-._~!$&'()*+,;=:@"),
    size: constraints.size
  });
}
function segmentsToPathMapper(segments) {
  let path = "";
  for (let index = 0; index !== segments.length; ++index) path += "/" + segments[index];
  return path;
}
function segmentsToPathUnmapper(value) {
  if (typeof value !== "string") throw new Error("Incompatible value received: type");
  if (value.length !== 0 && value[0] !== "/") throw new Error("Incompatible value received: start");
  return safeSplice(safeSplit(value, "/"), 1);
}
function sqrtSize(size) {
  switch (size) {
    case "xsmall":
      return ["xsmall", "xsmall"];
    case "small":
      return ["small", "xsmall"];
    case "medium":
      return ["small", "small"];
    case "large":
      return ["medium", "small"];
    case "xlarge":
      return ["medium", "medium"];
  }
}
function buildUriPathArbitraryInternal(segmentSize, numSegmentSize) {
  return array(webSegment({ size: segmentSize }), { size: numSegmentSize }).map(segmentsToPathMapper, segmentsToPathUnmapper);
}
function buildUriPathArbitrary(resolvedSize) {
  const [segmentSize, numSegmentSize] = sqrtSize(resolvedSize);
  if (segmentSize === numSegmentSize) return buildUriPathArbitraryInternal(segmentSize, numSegmentSize);
  return oneof(buildUriPathArbitraryInternal(segmentSize, numSegmentSize), buildUriPathArbitraryInternal(numSegmentSize, segmentSize));
}
function webPath(constraints) {
  return buildUriPathArbitrary(resolveSize((constraints || {}).size));
}
function webQueryParameters(constraints = {}) {
  return buildUriQueryOrFragmentArbitrary(constraints.size);
}
function partsToUrlMapper(data) {
  const [scheme, authority, path] = data;
  return `${scheme}://${authority}${path}${data[3] === null ? "" : `?${data[3]}`}${data[4] === null ? "" : `#${data[4]}`}`;
}
var UrlSplitRegex = /^([[A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(\?[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]*)?(#[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]*)?$/;
function partsToUrlUnmapper(value) {
  if (typeof value !== "string") throw new Error("Incompatible value received: type");
  const m = UrlSplitRegex.exec(value);
  if (m === null) throw new Error("Incompatible value received");
  const scheme = m[1];
  const authority = m[2];
  const path = m[3];
  const query = m[4];
  const fragments = m[5];
  return [
    scheme,
    authority,
    path,
    query !== void 0 ? query.substring(1) : null,
    fragments !== void 0 ? fragments.substring(1) : null
  ];
}
function webUrl(constraints) {
  const c = constraints || {};
  const resolvedSize = resolveSize(c.size);
  const resolvedAuthoritySettingsSize = c.authoritySettings !== void 0 && c.authoritySettings.size !== void 0 ? relativeSizeToSize(c.authoritySettings.size, resolvedSize) : resolvedSize;
  const resolvedAuthoritySettings = {
    ...c.authoritySettings,
    size: resolvedAuthoritySettingsSize
  };
  return tuple(constantFrom(...c.validSchemes || ["http", "https"]), webAuthority(resolvedAuthoritySettings), webPath({ size: resolvedSize }), c.withQueryParameters === true ? option(webQueryParameters({ size: resolvedSize })) : constant(null), c.withFragments === true ? option(webFragments({ size: resolvedSize })) : constant(null)).map(partsToUrlMapper, partsToUrlUnmapper);
}
var CommandsIterable = class CommandsIterable2 {
  constructor(commands2, metadataForReplay) {
    this.commands = commands2;
    this.metadataForReplay = metadataForReplay;
    this[cloneMethod] = function() {
      return new CommandsIterable2(this.commands.map((c) => c.clone()), this.metadataForReplay);
    };
  }
  [Symbol.iterator]() {
    return this.commands[Symbol.iterator]();
  }
  toString() {
    const serializedCommands = this.commands.filter((c) => c.hasRan).map((c) => c.toString()).join(",");
    const metadata = this.metadataForReplay();
    return metadata.length !== 0 ? `${serializedCommands} /*${metadata}*/` : serializedCommands;
  }
};
var CommandWrapper = class CommandWrapper2 {
  constructor(cmd) {
    this.cmd = cmd;
    this.hasRan = false;
    if (hasToStringMethod(cmd)) {
      const method = cmd[toStringMethod];
      this[toStringMethod] = function toStringMethod2() {
        return method.call(cmd);
      };
    }
    if (hasAsyncToStringMethod(cmd)) {
      const method = cmd[asyncToStringMethod];
      this[asyncToStringMethod] = function asyncToStringMethod2() {
        return method.call(cmd);
      };
    }
  }
  check(m) {
    return this.cmd.check(m);
  }
  run(m, r2) {
    this.hasRan = true;
    return this.cmd.run(m, r2);
  }
  clone() {
    if (hasCloneMethod(this.cmd)) return new CommandWrapper2(this.cmd[cloneMethod]());
    return new CommandWrapper2(this.cmd);
  }
  toString() {
    return this.cmd.toString();
  }
};
var ReplayPath = class {
  /** Parse a serialized replayPath */
  static parse(replayPathStr) {
    const [serializedCount, serializedChanges] = replayPathStr.split(":");
    const counts = this.parseCounts(serializedCount);
    const changes = this.parseChanges(serializedChanges);
    return this.parseOccurences(counts, changes);
  }
  /** Stringify a replayPath */
  static stringify(replayPath) {
    const occurences = this.countOccurences(replayPath);
    return `${this.stringifyCounts(occurences)}:${this.stringifyChanges(occurences)}`;
  }
  /** Number to Base64 value */
  static intToB64(n) {
    if (n < 26) return String.fromCharCode(n + 65);
    if (n < 52) return String.fromCharCode(n + 97 - 26);
    if (n < 62) return String.fromCharCode(n + 48 - 52);
    return String.fromCharCode(n === 62 ? 43 : 47);
  }
  /** Base64 value to number */
  static b64ToInt(c) {
    if (c >= "a") return c.charCodeAt(0) - 97 + 26;
    if (c >= "A") return c.charCodeAt(0) - 65;
    if (c >= "0") return c.charCodeAt(0) - 48 + 52;
    return c === "+" ? 62 : 63;
  }
  /**
  * Divide an incoming replayPath into an array of {value, count}
  * with count is the number of consecutive occurences of value (with a max set to 64)
  *
  * Above 64, another {value, count} is created
  */
  static countOccurences(replayPath) {
    return replayPath.reduce((counts, cur) => {
      if (counts.length === 0 || counts[counts.length - 1].count === 64 || counts[counts.length - 1].value !== cur) counts.push({
        value: cur,
        count: 1
      });
      else counts[counts.length - 1].count += 1;
      return counts;
    }, []);
  }
  /**
  * Serialize an array of {value, count} back to its replayPath
  */
  static parseOccurences(counts, changes) {
    const replayPath = [];
    for (let idx = 0; idx !== counts.length; ++idx) {
      const count = counts[idx];
      const value = changes[idx];
      for (let num = 0; num !== count; ++num) replayPath.push(value);
    }
    return replayPath;
  }
  /**
  * Stringify the switch from true to false of occurences
  *
  * {value: 0}, {value: 1}, {value: 1}, {value: 0}
  * will be stringified as: 6 = (1 * 0) + (2 * 1) + (4 * 1) + (8 * 0)
  *
  * {value: 0}, {value: 1}, {value: 1}, {value: 0}, {value: 1}, {value: 0}, {value: 1}, {value: 0}
  * will be stringified as: 22, 1 [only 6 values encoded in one number]
  */
  static stringifyChanges(occurences) {
    let serializedChanges = "";
    for (let idx = 0; idx < occurences.length; idx += 6) {
      const changesInt = occurences.slice(idx, idx + 6).reduceRight((prev, cur) => (prev << 1) + (cur.value ? 1 : 0), 0);
      serializedChanges += this.intToB64(changesInt);
    }
    return serializedChanges;
  }
  /**
  * Parse switch of value
  */
  static parseChanges(serializedChanges) {
    const changesInt = serializedChanges.split("").map((c) => this.b64ToInt(c));
    const changes = [];
    for (let idx = 0; idx !== changesInt.length; ++idx) {
      let current = changesInt[idx];
      for (let n = 0; n !== 6; ++n, current >>= 1) changes.push(current % 2 === 1);
    }
    return changes;
  }
  /**
  * Stringify counts of occurences
  */
  static stringifyCounts(occurences) {
    return occurences.map(({ count }) => this.intToB64(count - 1)).join("");
  }
  /**
  * Parse counts
  */
  static parseCounts(serializedCount) {
    return serializedCount.split("").map((c) => this.b64ToInt(c) + 1);
  }
};
var CommandsArbitrary = class extends Arbitrary {
  constructor(commandArbs, maxGeneratedCommands, maxCommands, sourceReplayPath, disableReplayLog) {
    super();
    this.sourceReplayPath = sourceReplayPath;
    this.disableReplayLog = disableReplayLog;
    this.oneCommandArb = oneof(...commandArbs).map((c) => new CommandWrapper(c));
    this.lengthArb = restrictedIntegerArbitraryBuilder(0, maxGeneratedCommands, maxCommands);
    this.replayPath = [];
    this.replayPathPosition = 0;
  }
  metadataForReplay() {
    return this.disableReplayLog ? "" : `replayPath=${JSON.stringify(ReplayPath.stringify(this.replayPath))}`;
  }
  buildValueFor(items2, shrunkOnce) {
    const commands2 = items2.map((item) => item.value_);
    const context4 = {
      shrunkOnce,
      items: items2
    };
    return new Value(new CommandsIterable(commands2, () => this.metadataForReplay()), context4);
  }
  generate(mrng) {
    const sizeValue = this.lengthArb.generate(mrng, void 0).value;
    const items2 = Array(sizeValue);
    for (let idx = 0; idx !== sizeValue; ++idx) {
      const item = this.oneCommandArb.generate(mrng, void 0);
      items2[idx] = item;
    }
    this.replayPathPosition = 0;
    return this.buildValueFor(items2, false);
  }
  canShrinkWithoutContext(_value) {
    return false;
  }
  /** Filter commands based on the real status of the execution */
  filterOnExecution(itemsRaw) {
    const items2 = [];
    for (const c of itemsRaw) if (c.value_.hasRan) {
      this.replayPath.push(true);
      items2.push(c);
    } else this.replayPath.push(false);
    return items2;
  }
  /** Filter commands based on the internal replay state */
  filterOnReplay(itemsRaw) {
    return itemsRaw.filter((c, idx) => {
      const state = this.replayPath[this.replayPathPosition + idx];
      if (state === void 0) throw new Error(`Too short replayPath`);
      if (!state && c.value_.hasRan) throw new Error(`Mismatch between replayPath and real execution`);
      return state;
    });
  }
  /** Filter commands for shrinking purposes */
  filterForShrinkImpl(itemsRaw) {
    if (this.replayPathPosition === 0) this.replayPath = this.sourceReplayPath !== null ? ReplayPath.parse(this.sourceReplayPath) : [];
    const items2 = this.replayPathPosition < this.replayPath.length ? this.filterOnReplay(itemsRaw) : this.filterOnExecution(itemsRaw);
    this.replayPathPosition += itemsRaw.length;
    return items2;
  }
  shrink(_value, context4) {
    if (context4 === void 0) return Stream.nil();
    const safeContext = context4;
    const shrunkOnce = safeContext.shrunkOnce;
    const itemsRaw = safeContext.items;
    const items2 = this.filterForShrinkImpl(itemsRaw);
    if (items2.length === 0) return Stream.nil();
    const rootShrink = shrunkOnce ? Stream.nil() : new Stream([[]][Symbol.iterator]());
    const nextShrinks = [];
    for (let numToKeep = 0; numToKeep !== items2.length; ++numToKeep) nextShrinks.push(makeLazy(() => {
      const fixedStart = items2.slice(0, numToKeep);
      return this.lengthArb.shrink(items2.length - 1 - numToKeep, void 0).map((l) => fixedStart.concat(items2.slice(items2.length - (l.value + 1))));
    }));
    for (let itemAt = 0; itemAt !== items2.length; ++itemAt) nextShrinks.push(makeLazy(() => this.oneCommandArb.shrink(items2[itemAt].value_, items2[itemAt].context).map((v) => items2.slice(0, itemAt).concat([v], items2.slice(itemAt + 1)))));
    return rootShrink.join(...nextShrinks).map((shrinkables) => {
      return this.buildValueFor(shrinkables.map((c) => new Value(c.value_.clone(), c.context)), true);
    });
  }
};
function commands(commandArbs, constraints = {}) {
  const { size, maxCommands = MaxLengthUpperBound, disableReplayLog = false, replayPath = null } = constraints;
  return new CommandsArbitrary(commandArbs, maxGeneratedLengthFromSizeForArbitrary(size, 0, maxCommands, constraints.maxCommands !== void 0), maxCommands, replayPath, disableReplayLog);
}
var ScheduledCommand = class {
  constructor(s, cmd) {
    this.s = s;
    this.cmd = cmd;
  }
  async check(m) {
    let error = null;
    let checkPassed = false;
    if ((await this.s.scheduleSequence([{
      label: `check@${this.cmd.toString()}`,
      builder: async () => {
        try {
          checkPassed = await Promise.resolve(this.cmd.check(m));
        } catch (err) {
          error = err;
          throw err;
        }
      }
    }]).task).faulty) throw error;
    return checkPassed;
  }
  async run(m, r2) {
    let error = null;
    if ((await this.s.scheduleSequence([{
      label: `run@${this.cmd.toString()}`,
      builder: async () => {
        try {
          await this.cmd.run(m, r2);
        } catch (err) {
          error = err;
          throw err;
        }
      }
    }]).task).faulty) throw error;
  }
};
var scheduleCommands = function* (s, cmds) {
  for (const cmd of cmds) yield new ScheduledCommand(s, cmd);
};
var genericModelRun = (s, cmds, initialValue, runCmd, then) => {
  return s.then((o) => {
    const { model, real } = o;
    let state = initialValue;
    for (const c of cmds) state = then(state, () => {
      return runCmd(c, model, real);
    });
    return state;
  });
};
var internalModelRun = (s, cmds) => {
  const then = (_p, c) => c();
  const setupProducer = { then: (fun) => {
    fun(s());
  } };
  const runSync3 = (cmd, m, r2) => {
    if (cmd.check(m)) cmd.run(m, r2);
  };
  return genericModelRun(setupProducer, cmds, void 0, runSync3, then);
};
var isAsyncSetup = (s) => {
  return typeof s.then === "function";
};
var internalAsyncModelRun = async (s, cmds, defaultPromise = Promise.resolve()) => {
  const then = (p, c) => p.then(c);
  const setupProducer = { then: (fun) => {
    const out = s();
    if (isAsyncSetup(out)) return out.then(fun);
    else return fun(out);
  } };
  const runAsync = async (cmd, m, r2) => {
    if (await cmd.check(m)) await cmd.run(m, r2);
  };
  return await genericModelRun(setupProducer, cmds, defaultPromise, runAsync, then);
};
function modelRun(s, cmds) {
  internalModelRun(s, cmds);
}
async function asyncModelRun(s, cmds) {
  await internalAsyncModelRun(s, cmds);
}
async function scheduledModelRun(scheduler2, s, cmds) {
  const scheduledCommands = scheduleCommands(scheduler2, cmds);
  const out = internalAsyncModelRun(s, scheduledCommands, scheduler2.schedule(Promise.resolve(), "startModel"));
  await scheduler2.waitFor(out);
  await scheduler2.waitAll();
}
var defaultSchedulerAct = (f) => f();
var SchedulerImplem = class SchedulerImplem2 {
  constructor(act, taskSelector) {
    this.act = act;
    this.taskSelector = taskSelector;
    this.lastTaskId = 0;
    this.sourceTaskSelector = taskSelector.clone();
    this.scheduledTasks = [];
    this.triggeredTasks = [];
    this.scheduledWatchers = [];
    this[cloneMethod] = function() {
      return new SchedulerImplem2(this.act, this.sourceTaskSelector);
    };
  }
  static buildLog(reportItem) {
    return `[task\${${reportItem.taskId}}] ${reportItem.label.length !== 0 ? `${reportItem.schedulingType}::${reportItem.label}` : reportItem.schedulingType} ${reportItem.status}${reportItem.outputValue !== void 0 ? ` with value ${escapeForTemplateString(reportItem.outputValue)}` : ""}`;
  }
  log(schedulingType, taskId, label, metadata, status, data) {
    this.triggeredTasks.push({
      status,
      schedulingType,
      taskId,
      label,
      metadata,
      outputValue: data !== void 0 ? stringify(data) : void 0
    });
  }
  scheduleInternal(schedulingType, label, task, metadata, customAct, thenTaskToBeAwaited) {
    const taskId = ++this.lastTaskId;
    let trigger = void 0;
    const scheduledPromise = new Promise((resolve, reject) => {
      trigger = () => {
        const promise3 = Promise.resolve(thenTaskToBeAwaited !== void 0 ? task.then(() => thenTaskToBeAwaited()) : task);
        promise3.then((data) => {
          this.log(schedulingType, taskId, label, metadata, "resolved", data);
          resolve(data);
        }, (err) => {
          this.log(schedulingType, taskId, label, metadata, "rejected", err);
          reject(err);
        });
        return promise3;
      };
    });
    this.scheduledTasks.push({
      original: task,
      trigger,
      schedulingType,
      taskId,
      label,
      metadata,
      customAct
    });
    if (this.scheduledWatchers.length !== 0) this.scheduledWatchers[0]();
    return scheduledPromise;
  }
  schedule(task, label, metadata, customAct) {
    return this.scheduleInternal("promise", label || "", task, metadata, customAct || defaultSchedulerAct);
  }
  scheduleFunction(asyncFunction, customAct) {
    return (...args2) => this.scheduleInternal("function", `${asyncFunction.name}(${args2.map(stringify).join(",")})`, asyncFunction(...args2), void 0, customAct || defaultSchedulerAct);
  }
  scheduleSequence(sequenceBuilders, customAct) {
    const status = {
      done: false,
      faulty: false
    };
    const dummyResolvedPromise = { then: (f) => f() };
    let resolveSequenceTask = () => {
    };
    const sequenceTask = new Promise((resolve) => {
      resolveSequenceTask = () => resolve({
        done: status.done,
        faulty: status.faulty
      });
    });
    const onFaultyItemNoThrow = () => {
      status.faulty = true;
      resolveSequenceTask();
    };
    const onDone = () => {
      status.done = true;
      resolveSequenceTask();
    };
    const registerNextBuilder = (index, previous) => {
      if (index >= sequenceBuilders.length) {
        previous.then(onDone, onFaultyItemNoThrow);
        return;
      }
      previous.then(() => {
        const item = sequenceBuilders[index];
        const [builder, label, metadata] = typeof item === "function" ? [
          item,
          item.name,
          void 0
        ] : [
          item.builder,
          item.label,
          item.metadata
        ];
        const scheduled = this.scheduleInternal("sequence", label, dummyResolvedPromise, metadata, customAct || defaultSchedulerAct, () => builder());
        registerNextBuilder(index + 1, scheduled);
      }, onFaultyItemNoThrow);
    };
    registerNextBuilder(0, dummyResolvedPromise);
    return Object.assign(status, { task: sequenceTask });
  }
  count() {
    return this.scheduledTasks.length;
  }
  internalWaitOne() {
    if (this.scheduledTasks.length === 0) throw new Error("No task scheduled");
    const taskIndex = this.taskSelector.nextTaskIndex(this.scheduledTasks);
    const [scheduledTask] = this.scheduledTasks.splice(taskIndex, 1);
    return scheduledTask.customAct(() => {
      return scheduledTask.trigger().catch((_err) => {
      });
    });
  }
  waitOne(customAct) {
    const waitAct = customAct || defaultSchedulerAct;
    return this.act(() => waitAct(() => this.internalWaitOne()));
  }
  async waitAll(customAct) {
    while (this.scheduledTasks.length > 0) await this.waitOne(customAct);
  }
  async internalWaitFor(unscheduledTask, options) {
    let taskResolved = false;
    const customAct = options.customAct;
    const onWaitStart = options.onWaitStart;
    const onWaitIdle = options.onWaitIdle;
    const launchAwaiterOnInit = options.launchAwaiterOnInit;
    let resolveFinal = void 0;
    let rejectFinal = void 0;
    let awaiterTicks = 0;
    let awaiterPromise = null;
    let awaiterScheduledTaskPromise = null;
    const awaiter = async () => {
      awaiterTicks = 50;
      for (awaiterTicks = 50; !taskResolved && awaiterTicks > 0; --awaiterTicks) await Promise.resolve();
      if (!taskResolved && this.scheduledTasks.length > 0) {
        if (onWaitStart !== void 0) onWaitStart();
        awaiterScheduledTaskPromise = this.waitOne(customAct);
        return awaiterScheduledTaskPromise.then(() => {
          awaiterScheduledTaskPromise = null;
          return awaiter();
        }, (err) => {
          awaiterScheduledTaskPromise = null;
          taskResolved = true;
          rejectFinal(err);
          throw err;
        });
      }
      if (!taskResolved && onWaitIdle !== void 0) onWaitIdle();
      awaiterPromise = null;
    };
    const handleNotified = () => {
      if (awaiterPromise !== null) {
        awaiterTicks = 51;
        return;
      }
      awaiterPromise = awaiter().catch(() => {
      });
    };
    const clearAndReplaceWatcher = () => {
      const handleNotifiedIndex = this.scheduledWatchers.indexOf(handleNotified);
      if (handleNotifiedIndex !== -1) this.scheduledWatchers.splice(handleNotifiedIndex, 1);
      if (handleNotifiedIndex === 0 && this.scheduledWatchers.length !== 0) this.scheduledWatchers[0]();
    };
    const finalTask = new Promise((resolve, reject) => {
      resolveFinal = (value) => {
        clearAndReplaceWatcher();
        resolve(value);
      };
      rejectFinal = (error) => {
        clearAndReplaceWatcher();
        reject(error);
      };
    });
    unscheduledTask.then((ret) => {
      taskResolved = true;
      if (awaiterScheduledTaskPromise === null) resolveFinal(ret);
      else awaiterScheduledTaskPromise.then(() => resolveFinal(ret), (error) => rejectFinal(error));
    }, (err) => {
      taskResolved = true;
      if (awaiterScheduledTaskPromise === null) rejectFinal(err);
      else awaiterScheduledTaskPromise.then(() => rejectFinal(err), () => rejectFinal(err));
    });
    if ((this.scheduledTasks.length > 0 || launchAwaiterOnInit) && this.scheduledWatchers.length === 0) handleNotified();
    this.scheduledWatchers.push(handleNotified);
    return finalTask;
  }
  waitNext(count, customAct) {
    let resolver = void 0;
    let remaining = count;
    const awaited = remaining <= 0 ? Promise.resolve() : new Promise((r2) => {
      resolver = () => {
        if (--remaining <= 0) r2();
      };
    });
    return this.internalWaitFor(awaited, {
      customAct,
      onWaitStart: resolver,
      onWaitIdle: void 0,
      launchAwaiterOnInit: false
    });
  }
  waitIdle(customAct) {
    let resolver = void 0;
    const awaited = new Promise((r2) => resolver = r2);
    return this.internalWaitFor(awaited, {
      customAct,
      onWaitStart: void 0,
      onWaitIdle: resolver,
      launchAwaiterOnInit: true
    });
  }
  waitFor(unscheduledTask, customAct) {
    return this.internalWaitFor(unscheduledTask, {
      customAct,
      onWaitStart: void 0,
      onWaitIdle: void 0,
      launchAwaiterOnInit: false
    });
  }
  report() {
    return [...this.triggeredTasks, ...this.scheduledTasks.map((t) => ({
      status: "pending",
      schedulingType: t.schedulingType,
      taskId: t.taskId,
      label: t.label,
      metadata: t.metadata
    }))];
  }
  toString() {
    return "schedulerFor()`\n" + this.report().map(SchedulerImplem2.buildLog).map((log3) => `-> ${log3}`).join("\n") + "`";
  }
};
function buildNextTaskIndex$1(ordering) {
  let numTasks = 0;
  return {
    clone: () => buildNextTaskIndex$1(ordering),
    nextTaskIndex: (scheduledTasks) => {
      if (ordering.length <= numTasks) throw new Error(`Invalid schedulerFor defined: too many tasks have been scheduled`);
      const taskIndex = scheduledTasks.findIndex((t) => t.taskId === ordering[numTasks]);
      if (taskIndex === -1) throw new Error(`Invalid schedulerFor defined: unable to find next task`);
      ++numTasks;
      return taskIndex;
    }
  };
}
function buildSchedulerFor(act, ordering) {
  return new SchedulerImplem(act, buildNextTaskIndex$1(ordering));
}
function buildNextTaskIndex(mrng) {
  const clonedMrng = mrng.clone();
  return {
    clone: () => buildNextTaskIndex(clonedMrng),
    nextTaskIndex: (scheduledTasks) => {
      return mrng.nextInt(0, scheduledTasks.length - 1);
    }
  };
}
var SchedulerArbitrary = class extends Arbitrary {
  constructor(act) {
    super();
    this.act = act;
  }
  generate(mrng, _biasFactor) {
    return new Value(new SchedulerImplem(this.act, buildNextTaskIndex(mrng.clone())), void 0);
  }
  canShrinkWithoutContext(_value) {
    return false;
  }
  shrink(_value, _context) {
    return Stream.nil();
  }
};
function scheduler(constraints) {
  const { act = (f) => f() } = constraints || {};
  return new SchedulerArbitrary(act);
}
function schedulerFor(customOrderingOrConstraints, constraintsOrUndefined) {
  const { act = (f) => f() } = Array.isArray(customOrderingOrConstraints) ? constraintsOrUndefined || {} : customOrderingOrConstraints || {};
  if (Array.isArray(customOrderingOrConstraints)) return buildSchedulerFor(act, customOrderingOrConstraints);
  return function(_strs, ...ordering) {
    return buildSchedulerFor(act, ordering);
  };
}
function bigInt64Array(constraints = {}) {
  return typedIntArrayArbitraryArbitraryBuilder(constraints, SBigInt2("-9223372036854775808"), SBigInt2("9223372036854775807"), SBigInt64Array, bigInt);
}
function bigUint64Array(constraints = {}) {
  return typedIntArrayArbitraryArbitraryBuilder(constraints, SBigInt2(0), SBigInt2("18446744073709551615"), SBigUint64Array, bigInt);
}
function noSuchValue(_value, returnedValue) {
  return returnedValue;
}
var safeMathFloor = Math.floor;
var safeMathMin = Math.min;
function clampRegexAstInternal(astNode, maxLength) {
  switch (astNode.type) {
    case "Char":
      return {
        astNode,
        minLength: 1
      };
    case "Repetition":
      switch (astNode.quantifier.kind) {
        case "*": {
          const clamped = clampRegexAstInternal(astNode.expression, maxLength);
          return {
            astNode: {
              type: "Repetition",
              quantifier: {
                ...astNode.quantifier,
                kind: "Range",
                from: 0,
                to: maxLength
              },
              expression: clamped.astNode
            },
            minLength: 0
          };
        }
        case "+": {
          const clamped = clampRegexAstInternal(astNode.expression, maxLength);
          const scaledClampedMinLength = clamped.minLength > 1 ? clamped.minLength : 1;
          return {
            astNode: {
              type: "Repetition",
              quantifier: {
                ...astNode.quantifier,
                kind: "Range",
                from: 1,
                to: safeMathFloor(maxLength / scaledClampedMinLength)
              },
              expression: clamped.astNode
            },
            minLength: clamped.minLength
          };
        }
        case "?": {
          const clamped = clampRegexAstInternal(astNode.expression, maxLength);
          if (maxLength < clamped.minLength) return {
            astNode: {
              type: "Repetition",
              quantifier: {
                ...astNode.quantifier,
                kind: "Range",
                from: 0,
                to: 0
              },
              expression: clamped.astNode
            },
            minLength: 0
          };
          return {
            astNode: {
              ...astNode,
              expression: clamped.astNode
            },
            minLength: 0
          };
        }
        case "Range": {
          const scaledMaxLength = astNode.quantifier.from > 1 ? safeMathFloor(maxLength / astNode.quantifier.from) : maxLength;
          const clamped = clampRegexAstInternal(astNode.expression, scaledMaxLength);
          const scaledClampedMinLength = clamped.minLength > 1 ? clamped.minLength : 1;
          if (astNode.quantifier.to === void 0 || astNode.quantifier.to * scaledClampedMinLength > maxLength) return {
            astNode: {
              type: "Repetition",
              quantifier: {
                ...astNode.quantifier,
                kind: "Range",
                to: safeMathFloor(maxLength / scaledClampedMinLength)
              },
              expression: clamped.astNode
            },
            minLength: astNode.quantifier.from * clamped.minLength
          };
          return {
            astNode: {
              ...astNode,
              expression: clamped.astNode
            },
            minLength: astNode.quantifier.from * clamped.minLength
          };
        }
        default:
          return noSuchValue(astNode.quantifier, {
            astNode,
            minLength: 0
          });
      }
    case "Quantifier":
      return {
        astNode,
        minLength: 0
      };
    case "Alternative": {
      let totalMinLength = 0;
      const extendedClampeds = [];
      for (let index = 0; index !== astNode.expressions.length; ++index) {
        const temporaryAllowance = maxLength - totalMinLength;
        const clamped = clampRegexAstInternal(astNode.expressions[index], temporaryAllowance);
        totalMinLength += clamped.minLength;
        safePush(extendedClampeds, {
          value: clamped,
          allowance: temporaryAllowance
        });
      }
      const refinedExpressions = [];
      for (let index = 0; index !== extendedClampeds.length; ++index) {
        const current = extendedClampeds[index].value;
        const pastAllowance = extendedClampeds[index].allowance;
        const allowance = maxLength - totalMinLength + current.minLength;
        safePush(refinedExpressions, (allowance !== pastAllowance ? clampRegexAstInternal(current.astNode, allowance) : current).astNode);
      }
      return {
        astNode: {
          ...astNode,
          expressions: refinedExpressions
        },
        minLength: totalMinLength
      };
    }
    case "CharacterClass":
      return {
        astNode,
        minLength: 1
      };
    case "ClassRange":
      return {
        astNode,
        minLength: 1
      };
    case "Group": {
      const clamped = clampRegexAstInternal(astNode.expression, maxLength);
      return {
        astNode: {
          ...astNode,
          expression: clamped.astNode
        },
        minLength: clamped.minLength
      };
    }
    case "Disjunction": {
      if (astNode.left === null) {
        if (astNode.right === null) return {
          astNode,
          minLength: 0
        };
        const clampedRight2 = clampRegexAstInternal(astNode.right, maxLength);
        const refinedRight = clampedRight2.minLength > maxLength ? null : clampedRight2.astNode;
        return {
          astNode: {
            ...astNode,
            left: null,
            right: refinedRight
          },
          minLength: 0
        };
      }
      if (astNode.right === null) {
        const clampLeft = clampRegexAstInternal(astNode.left, maxLength);
        const refinedLeft = clampLeft.minLength > maxLength ? null : clampLeft.astNode;
        return {
          astNode: {
            ...astNode,
            left: refinedLeft,
            right: null
          },
          minLength: 0
        };
      }
      const clampedLeft = clampRegexAstInternal(astNode.left, maxLength);
      const clampedRight = clampRegexAstInternal(astNode.right, maxLength);
      if (clampedLeft.minLength > maxLength) return clampedRight;
      if (clampedRight.minLength > maxLength) return clampedLeft;
      return {
        astNode: {
          ...astNode,
          left: clampedLeft.astNode,
          right: clampedRight.astNode
        },
        minLength: safeMathMin(clampedLeft.minLength, clampedRight.minLength)
      };
    }
    case "Assertion":
      return {
        astNode,
        minLength: 0
      };
    case "Backreference":
      return {
        astNode,
        minLength: 0
      };
    case "UnicodeProperty":
      return {
        astNode,
        minLength: 1
      };
  }
}
function clampRegexAst(astNode, maxLength) {
  return clampRegexAstInternal(astNode, maxLength).astNode;
}
function raiseUnsupportedASTNode$1(astNode) {
  return /* @__PURE__ */ new Error(`Unsupported AST node! Received: ${stringify(astNode)}`);
}
function addMissingDotStarTraversalAddMissing(astNode, isFirst, isLast) {
  if (!isFirst && !isLast) return astNode;
  const traversalResults = {
    hasStart: false,
    hasEnd: false
  };
  const revampedNode = addMissingDotStarTraversal(astNode, isFirst, isLast, traversalResults);
  const missingStart = isFirst && !traversalResults.hasStart;
  const missingEnd = isLast && !traversalResults.hasEnd;
  if (!missingStart && !missingEnd) return revampedNode;
  const expressions = [];
  if (missingStart) {
    expressions.push({
      type: "Assertion",
      kind: "^"
    });
    expressions.push({
      type: "Repetition",
      quantifier: {
        type: "Quantifier",
        kind: "*",
        greedy: true
      },
      expression: {
        type: "Char",
        kind: "meta",
        symbol: ".",
        value: ".",
        codePoint: NaN
      }
    });
  }
  expressions.push(revampedNode);
  if (missingEnd) {
    expressions.push({
      type: "Repetition",
      quantifier: {
        type: "Quantifier",
        kind: "*",
        greedy: true
      },
      expression: {
        type: "Char",
        kind: "meta",
        symbol: ".",
        value: ".",
        codePoint: NaN
      }
    });
    expressions.push({
      type: "Assertion",
      kind: "$"
    });
  }
  return {
    type: "Group",
    capturing: false,
    expression: {
      type: "Alternative",
      expressions
    }
  };
}
function addMissingDotStarTraversal(astNode, isFirst, isLast, traversalResults) {
  switch (astNode.type) {
    case "Char":
      return astNode;
    case "Repetition":
      return astNode;
    case "Quantifier":
      throw new Error(`Wrongly defined AST tree, Quantifier nodes not supposed to be scanned!`);
    case "Alternative":
      traversalResults.hasStart = true;
      traversalResults.hasEnd = true;
      return {
        ...astNode,
        expressions: astNode.expressions.map((node, index) => addMissingDotStarTraversalAddMissing(node, isFirst && index === 0, isLast && index === astNode.expressions.length - 1))
      };
    case "CharacterClass":
      return astNode;
    case "ClassRange":
      return astNode;
    case "Group":
      return {
        ...astNode,
        expression: addMissingDotStarTraversal(astNode.expression, isFirst, isLast, traversalResults)
      };
    case "Disjunction":
      traversalResults.hasStart = true;
      traversalResults.hasEnd = true;
      return {
        ...astNode,
        left: astNode.left !== null ? addMissingDotStarTraversalAddMissing(astNode.left, isFirst, isLast) : null,
        right: astNode.right !== null ? addMissingDotStarTraversalAddMissing(astNode.right, isFirst, isLast) : null
      };
    case "Assertion":
      if (astNode.kind === "^" || astNode.kind === "Lookahead") {
        traversalResults.hasStart = true;
        return astNode;
      } else if (astNode.kind === "$" || astNode.kind === "Lookbehind") {
        traversalResults.hasEnd = true;
        return astNode;
      } else throw new Error(`Assertions of kind ${astNode.kind} not implemented yet!`);
    case "Backreference":
      return astNode;
    case "UnicodeProperty":
      return astNode;
    default:
      throw raiseUnsupportedASTNode$1(astNode);
  }
}
function addMissingDotStar(astNode) {
  return addMissingDotStarTraversalAddMissing(astNode, true, true);
}
function charSizeAt(text, pos) {
  return text[pos] >= "\uD800" && text[pos] <= "\uDBFF" && text[pos + 1] >= "\uDC00" && text[pos + 1] <= "\uDFFF" ? 2 : 1;
}
function isHexaDigit(char) {
  return char >= "0" && char <= "9" || char >= "a" && char <= "f" || char >= "A" && char <= "F";
}
function isDigit$1(char) {
  return char >= "0" && char <= "9";
}
function squaredBracketBlockContentEndFrom(text, from) {
  for (let index = from; index !== text.length; ++index) {
    const char = text[index];
    if (char === "\\") index += 1;
    else if (char === "]") return index;
  }
  throw new Error(`Missing closing ']'`);
}
function parenthesisBlockContentEndFrom(text, from) {
  let numExtraOpened = 0;
  for (let index = from; index !== text.length; ++index) {
    const char = text[index];
    if (char === "\\") index += 1;
    else if (char === ")") {
      if (numExtraOpened === 0) return index;
      numExtraOpened -= 1;
    } else if (char === "[") index = squaredBracketBlockContentEndFrom(text, index);
    else if (char === "(") numExtraOpened += 1;
  }
  throw new Error(`Missing closing ')'`);
}
function curlyBracketBlockContentEndFrom(text, from) {
  let foundComma = false;
  for (let index = from; index !== text.length; ++index) {
    const char = text[index];
    if (isDigit$1(char)) {
    } else if (from === index) return -1;
    else if (char === ",") {
      if (foundComma) return -1;
      foundComma = true;
    } else if (char === "}") return index;
    else return -1;
  }
  return -1;
}
function blockEndFrom(text, from, unicodeMode, mode) {
  switch (text[from]) {
    case "[":
      if (mode === 1) return from + 1;
      return squaredBracketBlockContentEndFrom(text, from + 1) + 1;
    case "{": {
      if (mode === 1) return from + 1;
      const foundEnd = curlyBracketBlockContentEndFrom(text, from + 1);
      if (foundEnd === -1) return from + 1;
      return foundEnd + 1;
    }
    case "(":
      if (mode === 1) return from + 1;
      return parenthesisBlockContentEndFrom(text, from + 1) + 1;
    case "]":
    case "}":
    case ")":
      return from + 1;
    case "\\": {
      const next1 = text[from + 1];
      switch (next1) {
        case "x":
          if (isHexaDigit(text[from + 2]) && isHexaDigit(text[from + 3])) return from + 4;
          throw new Error(`Unexpected token '${text.substring(from, from + 4)}' found`);
        case "u":
          if (text[from + 2] === "{") {
            if (!unicodeMode) return from + 2;
            if (text[from + 4] === "}") {
              if (isHexaDigit(text[from + 3])) return from + 5;
              throw new Error(`Unexpected token '${text.substring(from, from + 5)}' found`);
            }
            if (text[from + 5] === "}") {
              if (isHexaDigit(text[from + 3]) && isHexaDigit(text[from + 4])) return from + 6;
              throw new Error(`Unexpected token '${text.substring(from, from + 6)}' found`);
            }
            if (text[from + 6] === "}") {
              if (isHexaDigit(text[from + 3]) && isHexaDigit(text[from + 4]) && isHexaDigit(text[from + 5])) return from + 7;
              throw new Error(`Unexpected token '${text.substring(from, from + 7)}' found`);
            }
            if (text[from + 7] === "}") {
              if (isHexaDigit(text[from + 3]) && isHexaDigit(text[from + 4]) && isHexaDigit(text[from + 5]) && isHexaDigit(text[from + 6])) return from + 8;
              throw new Error(`Unexpected token '${text.substring(from, from + 8)}' found`);
            }
            if (text[from + 8] === "}" && isHexaDigit(text[from + 3]) && isHexaDigit(text[from + 4]) && isHexaDigit(text[from + 5]) && isHexaDigit(text[from + 6]) && isHexaDigit(text[from + 7])) return from + 9;
            throw new Error(`Unexpected token '${text.substring(from, from + 9)}' found`);
          }
          if (isHexaDigit(text[from + 2]) && isHexaDigit(text[from + 3]) && isHexaDigit(text[from + 4]) && isHexaDigit(text[from + 5])) return from + 6;
          throw new Error(`Unexpected token '${text.substring(from, from + 6)}' found`);
        case "p":
        case "P": {
          if (!unicodeMode) return from + 2;
          let subIndex = from + 2;
          for (; subIndex < text.length && text[subIndex] !== "}"; subIndex += text[subIndex] === "\\" ? 2 : 1) ;
          if (text[subIndex] !== "}") throw new Error(`Invalid \\P definition`);
          return subIndex + 1;
        }
        case "k": {
          let subIndex = from + 2;
          for (; subIndex < text.length && text[subIndex] !== ">"; ++subIndex) ;
          if (text[subIndex] !== ">") {
            if (!unicodeMode) return from + 2;
            throw new Error(`Invalid \\k definition`);
          }
          return subIndex + 1;
        }
        default:
          if (isDigit$1(next1)) {
            const maxIndex = unicodeMode ? text.length : Math.min(from + 4, text.length);
            let subIndex = from + 2;
            for (; subIndex < maxIndex && isDigit$1(text[subIndex]); ++subIndex) ;
            return subIndex;
          }
          return from + (unicodeMode ? charSizeAt(text, from + 1) : 1) + 1;
      }
    }
    default:
      return from + (unicodeMode ? charSizeAt(text, from) : 1);
  }
}
function readFrom(text, from, unicodeMode, mode) {
  const to = blockEndFrom(text, from, unicodeMode, mode);
  return text.substring(from, to);
}
var NON_BINARY_ALIASES_TO_PROP_NAMES = {
  gc: "General_Category",
  sc: "Script",
  scx: "Script_Extensions"
};
var BINARY_PROP_NAMES_TO_ALIASES = {
  ASCII: "ASCII",
  ASCII_Hex_Digit: "AHex",
  Alphabetic: "Alpha",
  Any: "Any",
  Assigned: "Assigned",
  Bidi_Control: "Bidi_C",
  Bidi_Mirrored: "Bidi_M",
  Case_Ignorable: "CI",
  Cased: "Cased",
  Changes_When_Casefolded: "CWCF",
  Changes_When_Casemapped: "CWCM",
  Changes_When_Lowercased: "CWL",
  Changes_When_NFKC_Casefolded: "CWKCF",
  Changes_When_Titlecased: "CWT",
  Changes_When_Uppercased: "CWU",
  Dash: "Dash",
  Default_Ignorable_Code_Point: "DI",
  Deprecated: "Dep",
  Diacritic: "Dia",
  Emoji: "Emoji",
  Emoji_Component: "Emoji_Component",
  Emoji_Modifier: "Emoji_Modifier",
  Emoji_Modifier_Base: "Emoji_Modifier_Base",
  Emoji_Presentation: "Emoji_Presentation",
  Extended_Pictographic: "Extended_Pictographic",
  Extender: "Ext",
  Grapheme_Base: "Gr_Base",
  Grapheme_Extend: "Gr_Ext",
  Hex_Digit: "Hex",
  IDS_Binary_Operator: "IDSB",
  IDS_Trinary_Operator: "IDST",
  ID_Continue: "IDC",
  ID_Start: "IDS",
  Ideographic: "Ideo",
  Join_Control: "Join_C",
  Logical_Order_Exception: "LOE",
  Lowercase: "Lower",
  Math: "Math",
  Noncharacter_Code_Point: "NChar",
  Pattern_Syntax: "Pat_Syn",
  Pattern_White_Space: "Pat_WS",
  Quotation_Mark: "QMark",
  Radical: "Radical",
  Regional_Indicator: "RI",
  Sentence_Terminal: "STerm",
  Soft_Dotted: "SD",
  Terminal_Punctuation: "Term",
  Unified_Ideograph: "UIdeo",
  Uppercase: "Upper",
  Variation_Selector: "VS",
  White_Space: "space",
  XID_Continue: "XIDC",
  XID_Start: "XIDS"
};
var BINARY_ALIASES_TO_PROP_NAMES = inverseMap(BINARY_PROP_NAMES_TO_ALIASES);
var GENERAL_CATEGORY_VALUE_TO_ALIASES = {
  Cased_Letter: "LC",
  Close_Punctuation: "Pe",
  Connector_Punctuation: "Pc",
  Control: ["Cc", "cntrl"],
  Currency_Symbol: "Sc",
  Dash_Punctuation: "Pd",
  Decimal_Number: ["Nd", "digit"],
  Enclosing_Mark: "Me",
  Final_Punctuation: "Pf",
  Format: "Cf",
  Initial_Punctuation: "Pi",
  Letter: "L",
  Letter_Number: "Nl",
  Line_Separator: "Zl",
  Lowercase_Letter: "Ll",
  Mark: ["M", "Combining_Mark"],
  Math_Symbol: "Sm",
  Modifier_Letter: "Lm",
  Modifier_Symbol: "Sk",
  Nonspacing_Mark: "Mn",
  Number: "N",
  Open_Punctuation: "Ps",
  Other: "C",
  Other_Letter: "Lo",
  Other_Number: "No",
  Other_Punctuation: "Po",
  Other_Symbol: "So",
  Paragraph_Separator: "Zp",
  Private_Use: "Co",
  Punctuation: ["P", "punct"],
  Separator: "Z",
  Space_Separator: "Zs",
  Spacing_Mark: "Mc",
  Surrogate: "Cs",
  Symbol: "S",
  Titlecase_Letter: "Lt",
  Unassigned: "Cn",
  Uppercase_Letter: "Lu"
};
var GENERAL_CATEGORY_VALUE_ALIASES_TO_VALUES = inverseMap(GENERAL_CATEGORY_VALUE_TO_ALIASES);
var SCRIPT_VALUE_TO_ALIASES = {
  Adlam: "Adlm",
  Ahom: "Ahom",
  Anatolian_Hieroglyphs: "Hluw",
  Arabic: "Arab",
  Armenian: "Armn",
  Avestan: "Avst",
  Balinese: "Bali",
  Bamum: "Bamu",
  Bassa_Vah: "Bass",
  Batak: "Batk",
  Bengali: "Beng",
  Bhaiksuki: "Bhks",
  Bopomofo: "Bopo",
  Brahmi: "Brah",
  Braille: "Brai",
  Buginese: "Bugi",
  Buhid: "Buhd",
  Canadian_Aboriginal: "Cans",
  Carian: "Cari",
  Caucasian_Albanian: "Aghb",
  Chakma: "Cakm",
  Cham: "Cham",
  Cherokee: "Cher",
  Common: "Zyyy",
  Coptic: ["Copt", "Qaac"],
  Cuneiform: "Xsux",
  Cypriot: "Cprt",
  Cyrillic: "Cyrl",
  Deseret: "Dsrt",
  Devanagari: "Deva",
  Dogra: "Dogr",
  Duployan: "Dupl",
  Egyptian_Hieroglyphs: "Egyp",
  Elbasan: "Elba",
  Ethiopic: "Ethi",
  Georgian: "Geor",
  Glagolitic: "Glag",
  Gothic: "Goth",
  Grantha: "Gran",
  Greek: "Grek",
  Gujarati: "Gujr",
  Gunjala_Gondi: "Gong",
  Gurmukhi: "Guru",
  Han: "Hani",
  Hangul: "Hang",
  Hanifi_Rohingya: "Rohg",
  Hanunoo: "Hano",
  Hatran: "Hatr",
  Hebrew: "Hebr",
  Hiragana: "Hira",
  Imperial_Aramaic: "Armi",
  Inherited: ["Zinh", "Qaai"],
  Inscriptional_Pahlavi: "Phli",
  Inscriptional_Parthian: "Prti",
  Javanese: "Java",
  Kaithi: "Kthi",
  Kannada: "Knda",
  Katakana: "Kana",
  Kayah_Li: "Kali",
  Kharoshthi: "Khar",
  Khmer: "Khmr",
  Khojki: "Khoj",
  Khudawadi: "Sind",
  Lao: "Laoo",
  Latin: "Latn",
  Lepcha: "Lepc",
  Limbu: "Limb",
  Linear_A: "Lina",
  Linear_B: "Linb",
  Lisu: "Lisu",
  Lycian: "Lyci",
  Lydian: "Lydi",
  Mahajani: "Mahj",
  Makasar: "Maka",
  Malayalam: "Mlym",
  Mandaic: "Mand",
  Manichaean: "Mani",
  Marchen: "Marc",
  Medefaidrin: "Medf",
  Masaram_Gondi: "Gonm",
  Meetei_Mayek: "Mtei",
  Mende_Kikakui: "Mend",
  Meroitic_Cursive: "Merc",
  Meroitic_Hieroglyphs: "Mero",
  Miao: "Plrd",
  Modi: "Modi",
  Mongolian: "Mong",
  Mro: "Mroo",
  Multani: "Mult",
  Myanmar: "Mymr",
  Nabataean: "Nbat",
  New_Tai_Lue: "Talu",
  Newa: "Newa",
  Nko: "Nkoo",
  Nushu: "Nshu",
  Ogham: "Ogam",
  Ol_Chiki: "Olck",
  Old_Hungarian: "Hung",
  Old_Italic: "Ital",
  Old_North_Arabian: "Narb",
  Old_Permic: "Perm",
  Old_Persian: "Xpeo",
  Old_Sogdian: "Sogo",
  Old_South_Arabian: "Sarb",
  Old_Turkic: "Orkh",
  Oriya: "Orya",
  Osage: "Osge",
  Osmanya: "Osma",
  Pahawh_Hmong: "Hmng",
  Palmyrene: "Palm",
  Pau_Cin_Hau: "Pauc",
  Phags_Pa: "Phag",
  Phoenician: "Phnx",
  Psalter_Pahlavi: "Phlp",
  Rejang: "Rjng",
  Runic: "Runr",
  Samaritan: "Samr",
  Saurashtra: "Saur",
  Sharada: "Shrd",
  Shavian: "Shaw",
  Siddham: "Sidd",
  SignWriting: "Sgnw",
  Sinhala: "Sinh",
  Sogdian: "Sogd",
  Sora_Sompeng: "Sora",
  Soyombo: "Soyo",
  Sundanese: "Sund",
  Syloti_Nagri: "Sylo",
  Syriac: "Syrc",
  Tagalog: "Tglg",
  Tagbanwa: "Tagb",
  Tai_Le: "Tale",
  Tai_Tham: "Lana",
  Tai_Viet: "Tavt",
  Takri: "Takr",
  Tamil: "Taml",
  Tangut: "Tang",
  Telugu: "Telu",
  Thaana: "Thaa",
  Thai: "Thai",
  Tibetan: "Tibt",
  Tifinagh: "Tfng",
  Tirhuta: "Tirh",
  Ugaritic: "Ugar",
  Vai: "Vaii",
  Warang_Citi: "Wara",
  Yi: "Yiii",
  Zanabazar_Square: "Zanb"
};
var SCRIPT_VALUE_ALIASES_TO_VALUES = inverseMap(SCRIPT_VALUE_TO_ALIASES);
function inverseMap(data) {
  const inverse = {};
  for (const name2 of Object.keys(data)) {
    const value = data[name2];
    if (Array.isArray(value)) for (let i = 0; i !== value.length; ++i) inverse[value[i]] = name2;
    else inverse[value] = name2;
  }
  return inverse;
}
function isGeneralCategoryValue(value) {
  return value in GENERAL_CATEGORY_VALUE_TO_ALIASES || value in GENERAL_CATEGORY_VALUE_ALIASES_TO_VALUES;
}
function isBinaryPropertyName(name2) {
  return name2 in BINARY_PROP_NAMES_TO_ALIASES || name2 in BINARY_ALIASES_TO_PROP_NAMES;
}
function getCanonicalName(name2) {
  if (name2 in NON_BINARY_ALIASES_TO_PROP_NAMES) return NON_BINARY_ALIASES_TO_PROP_NAMES[name2];
  if (name2 in BINARY_ALIASES_TO_PROP_NAMES) return BINARY_ALIASES_TO_PROP_NAMES[name2];
  if (name2 in BINARY_PROP_NAMES_TO_ALIASES || name2 === "General_Category" || name2 === "Script" || name2 === "Script_Extensions") return name2;
  throw new Error(`Unknown Unicode property name: ${name2}`);
}
function getCanonicalValue(value) {
  if (value in GENERAL_CATEGORY_VALUE_ALIASES_TO_VALUES) return GENERAL_CATEGORY_VALUE_ALIASES_TO_VALUES[value];
  if (value in SCRIPT_VALUE_ALIASES_TO_VALUES) return SCRIPT_VALUE_ALIASES_TO_VALUES[value];
  if (value in BINARY_ALIASES_TO_PROP_NAMES) return BINARY_ALIASES_TO_PROP_NAMES[value];
  if (value in GENERAL_CATEGORY_VALUE_TO_ALIASES || value in SCRIPT_VALUE_TO_ALIASES || value in BINARY_PROP_NAMES_TO_ALIASES) return value;
  throw new Error(`Unknown Unicode property value: ${value}`);
}
function resolveUnicodeProperty(propertySpec, negative) {
  const equalIndex = propertySpec.indexOf("=");
  if (equalIndex !== -1) {
    const name2 = propertySpec.substring(0, equalIndex);
    const value = propertySpec.substring(equalIndex + 1);
    return {
      type: "UnicodeProperty",
      name: name2,
      value,
      negative,
      shorthand: false,
      binary: false,
      canonicalName: getCanonicalName(name2),
      canonicalValue: getCanonicalValue(value)
    };
  }
  if (isGeneralCategoryValue(propertySpec)) return {
    type: "UnicodeProperty",
    name: "General_Category",
    value: propertySpec,
    negative,
    shorthand: true,
    binary: false,
    canonicalName: "General_Category",
    canonicalValue: getCanonicalValue(propertySpec)
  };
  if (isBinaryPropertyName(propertySpec)) {
    const canonicalName = getCanonicalName(propertySpec);
    return {
      type: "UnicodeProperty",
      name: propertySpec,
      value: propertySpec,
      negative,
      shorthand: false,
      binary: true,
      canonicalName,
      canonicalValue: canonicalName
    };
  }
  throw new Error(`Invalid Unicode property: ${propertySpec}`);
}
var safeStringFromCodePoint$2 = String.fromCodePoint;
function safePop(tokens) {
  const previous = tokens.pop();
  if (previous === void 0) throw new Error("Unable to extract token preceeding the currently parsed one");
  return previous;
}
function isDigit(char) {
  return char >= "0" && char <= "9";
}
function simpleChar(char, escaped) {
  return {
    type: "Char",
    kind: "simple",
    symbol: char,
    value: char,
    codePoint: char.codePointAt(0) || -1,
    escaped
  };
}
function metaEscapedChar(block, symbol3) {
  return {
    type: "Char",
    kind: "meta",
    symbol: symbol3,
    value: block,
    codePoint: symbol3.codePointAt(0) || -1
  };
}
function toSingleToken(tokens, allowEmpty) {
  if (tokens.length > 1) return {
    type: "Alternative",
    expressions: tokens
  };
  if (!allowEmpty && tokens.length === 0) throw new Error(`Unsupported no token`);
  return tokens[0];
}
function blockToCharToken(block) {
  if (block[0] === "\\") {
    const next = block[1];
    switch (next) {
      case "x": {
        const allDigits = block.substring(2);
        const codePoint = Number.parseInt(allDigits, 16);
        return {
          type: "Char",
          kind: "hex",
          symbol: safeStringFromCodePoint$2(codePoint),
          value: block,
          codePoint
        };
      }
      case "u": {
        if (block === "\\u") return simpleChar("u", true);
        const allDigits = block[2] === "{" ? block.substring(3, block.length - 1) : block.substring(2);
        const codePoint = Number.parseInt(allDigits, 16);
        return {
          type: "Char",
          kind: "unicode",
          symbol: safeStringFromCodePoint$2(codePoint),
          value: block,
          codePoint
        };
      }
      case "0":
        return metaEscapedChar(block, "\0");
      case "n":
        return metaEscapedChar(block, "\n");
      case "f":
        return metaEscapedChar(block, "\f");
      case "r":
        return metaEscapedChar(block, "\r");
      case "t":
        return metaEscapedChar(block, "	");
      case "v":
        return metaEscapedChar(block, "\v");
      case "w":
      case "W":
      case "d":
      case "D":
      case "s":
      case "S":
      case "b":
      case "B":
        return {
          type: "Char",
          kind: "meta",
          symbol: void 0,
          value: block,
          codePoint: NaN
        };
      default:
        if (isDigit(next)) {
          const allDigits = block.substring(1);
          const codePoint = Number(allDigits);
          return {
            type: "Char",
            kind: "decimal",
            symbol: safeStringFromCodePoint$2(codePoint),
            value: block,
            codePoint
          };
        }
        if (block.length > 2 && (next === "p" || next === "P")) {
          const negative = next === "P";
          return resolveUnicodeProperty(block.substring(3, block.length - 1), negative);
        }
        return simpleChar(block.substring(1), true);
    }
  }
  return simpleChar(block);
}
function pushTokens(tokens, regexSource, unicodeMode, groups) {
  let disjunctions = null;
  for (let index = 0, block = readFrom(regexSource, index, unicodeMode, 0); index !== regexSource.length; index += block.length, block = readFrom(regexSource, index, unicodeMode, 0)) {
    const firstInBlock = block[0];
    switch (firstInBlock) {
      case "|":
        if (disjunctions === null) disjunctions = [];
        disjunctions.push(toSingleToken(tokens.splice(0), true) || null);
        break;
      case ".":
        tokens.push({
          type: "Char",
          kind: "meta",
          symbol: block,
          value: block,
          codePoint: NaN
        });
        break;
      case "*":
      case "+": {
        const previous = safePop(tokens);
        tokens.push({
          type: "Repetition",
          expression: previous,
          quantifier: {
            type: "Quantifier",
            kind: firstInBlock,
            greedy: true
          }
        });
        break;
      }
      case "?": {
        const previous = safePop(tokens);
        if (previous.type === "Repetition") {
          previous.quantifier.greedy = false;
          tokens.push(previous);
        } else tokens.push({
          type: "Repetition",
          expression: previous,
          quantifier: {
            type: "Quantifier",
            kind: firstInBlock,
            greedy: true
          }
        });
        break;
      }
      case "{": {
        if (block === "{") {
          tokens.push(simpleChar(block));
          break;
        }
        const previous = safePop(tokens);
        const quantifierTokens = block.substring(1, block.length - 1).split(",");
        const from = Number(quantifierTokens[0]);
        const to = quantifierTokens.length === 1 ? from : quantifierTokens[1].length !== 0 ? Number(quantifierTokens[1]) : void 0;
        tokens.push({
          type: "Repetition",
          expression: previous,
          quantifier: {
            type: "Quantifier",
            kind: "Range",
            greedy: true,
            from,
            to
          }
        });
        break;
      }
      case "[": {
        const blockContent = block.substring(1, block.length - 1);
        const subTokens = [];
        let negative = void 0;
        let previousWasSimpleDash = false;
        for (let subIndex = 0, subBlock = readFrom(blockContent, subIndex, unicodeMode, 1); subIndex !== blockContent.length; subIndex += subBlock.length, subBlock = readFrom(blockContent, subIndex, unicodeMode, 1)) {
          if (subIndex === 0 && subBlock === "^") {
            negative = true;
            continue;
          }
          const newToken = blockToCharToken(subBlock);
          if (subBlock === "-") {
            subTokens.push(newToken);
            previousWasSimpleDash = true;
          } else {
            const operand1Token = subTokens.length >= 2 ? subTokens[subTokens.length - 2] : void 0;
            if (previousWasSimpleDash && operand1Token !== void 0 && operand1Token.type === "Char" && newToken.type === "Char") {
              subTokens.pop();
              subTokens.pop();
              subTokens.push({
                type: "ClassRange",
                from: operand1Token,
                to: newToken
              });
            } else subTokens.push(newToken);
            previousWasSimpleDash = false;
          }
        }
        tokens.push({
          type: "CharacterClass",
          expressions: subTokens,
          negative
        });
        break;
      }
      case "(": {
        const blockContent = block.substring(1, block.length - 1);
        const subTokens = [];
        if (blockContent[0] === "?") {
          if (blockContent[1] === ":") {
            pushTokens(subTokens, blockContent.substring(2), unicodeMode, groups);
            tokens.push({
              type: "Group",
              capturing: false,
              expression: toSingleToken(subTokens)
            });
          } else if (blockContent[1] === "=" || blockContent[1] === "!") {
            pushTokens(subTokens, blockContent.substring(2), unicodeMode, groups);
            tokens.push({
              type: "Assertion",
              kind: "Lookahead",
              negative: blockContent[1] === "!" ? true : void 0,
              assertion: toSingleToken(subTokens)
            });
          } else if (blockContent[1] === "<" && (blockContent[2] === "=" || blockContent[2] === "!")) {
            pushTokens(subTokens, blockContent.substring(3), unicodeMode, groups);
            tokens.push({
              type: "Assertion",
              kind: "Lookbehind",
              negative: blockContent[2] === "!" ? true : void 0,
              assertion: toSingleToken(subTokens)
            });
          } else {
            const chunks = blockContent.split(">");
            if (chunks.length < 2 || chunks[0][1] !== "<") throw new Error(`Unsupported regex content found at ${JSON.stringify(block)}`);
            const groupIndex = ++groups.lastIndex;
            const nameRaw = chunks[0].substring(2);
            groups.named.set(nameRaw, groupIndex);
            pushTokens(subTokens, chunks.slice(1).join(">"), unicodeMode, groups);
            tokens.push({
              type: "Group",
              capturing: true,
              nameRaw,
              name: nameRaw,
              number: groupIndex,
              expression: toSingleToken(subTokens)
            });
          }
        } else {
          const groupIndex = ++groups.lastIndex;
          pushTokens(subTokens, blockContent, unicodeMode, groups);
          tokens.push({
            type: "Group",
            capturing: true,
            number: groupIndex,
            expression: toSingleToken(subTokens)
          });
        }
        break;
      }
      default:
        if (block === "^") tokens.push({
          type: "Assertion",
          kind: block
        });
        else if (block === "$") tokens.push({
          type: "Assertion",
          kind: block
        });
        else if (block[0] === "\\" && isDigit(block[1])) {
          const reference = Number(block.substring(1));
          if (unicodeMode || reference <= groups.lastIndex) tokens.push({
            type: "Backreference",
            kind: "number",
            number: reference,
            reference
          });
          else tokens.push(blockToCharToken(block));
        } else if (block[0] === "\\" && block[1] === "k" && block.length !== 2) {
          const referenceRaw = block.substring(3, block.length - 1);
          tokens.push({
            type: "Backreference",
            kind: "name",
            number: groups.named.get(referenceRaw) || 0,
            referenceRaw,
            reference: referenceRaw
          });
        } else tokens.push(blockToCharToken(block));
    }
  }
  if (disjunctions !== null) {
    disjunctions.push(toSingleToken(tokens.splice(0), true) || null);
    let currentDisjunction = {
      type: "Disjunction",
      left: disjunctions[0],
      right: disjunctions[1]
    };
    for (let index = 2; index < disjunctions.length; ++index) currentDisjunction = {
      type: "Disjunction",
      left: currentDisjunction,
      right: disjunctions[index]
    };
    tokens.push(currentDisjunction);
  }
}
function tokenizeRegex(regex) {
  const unicodeMode = safeIndexOf([...regex.flags], "u") !== -1;
  const regexSource = regex.source;
  const tokens = [];
  pushTokens(tokens, regexSource, unicodeMode, {
    lastIndex: 0,
    named: /* @__PURE__ */ new Map()
  });
  return toSingleToken(tokens);
}
var safeStringFromCodePoint$1 = String.fromCodePoint;
function getPropertySpec(astNode) {
  if (astNode.binary || astNode.shorthand) return astNode.canonicalValue;
  return `${astNode.canonicalName}=${astNode.canonicalValue}`;
}
function appendRangesForRegex(regex, from, to, ranges) {
  let currentRangeStart = -1;
  for (let cp = from; cp <= to; ++cp) if (regex.test(safeStringFromCodePoint$1(cp))) {
    if (currentRangeStart === -1) currentRangeStart = cp;
  } else if (currentRangeStart !== -1) {
    const rangeEnd = cp - 1;
    ranges.push(currentRangeStart === rangeEnd ? [rangeEnd] : [currentRangeStart, rangeEnd]);
    currentRangeStart = -1;
  }
  if (currentRangeStart !== -1) ranges.push(currentRangeStart === to ? [to] : [currentRangeStart, to]);
}
function extractRangesForProperty(propertySpec, negative) {
  const regex = new RegExp(`^\\${negative ? "P" : "p"}{${propertySpec}}$`, "u");
  const ranges = [];
  appendRangesForRegex(regex, 0, 55295, ranges);
  appendRangesForRegex(regex, 57344, 1114111, ranges);
  return ranges;
}
var cache = /* @__PURE__ */ new Map();
function extractRangesForPropertyOrFromCache(propertySpec, negative) {
  const cacheKey = `${negative ? "P" : "p"}:${propertySpec}`;
  const cachedRanges = cache.get(cacheKey);
  if (cachedRanges !== void 0) return cachedRanges;
  const ranges = extractRangesForProperty(propertySpec, negative);
  cache.set(cacheKey, ranges);
  return ranges;
}
function unicodePropertyArbitrary(astNode) {
  return mapToConstant(...safeMap(extractRangesForPropertyOrFromCache(getPropertySpec(astNode), astNode.negative), (range) => convertGraphemeRangeToMapToConstantEntry(range)));
}
var safeStringFromCodePoint = String.fromCodePoint;
var wordChars = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"];
var digitChars = [..."0123456789"];
var spaceChars = [..." 	\r\n\v\f"];
var newLineChars = [..."\r\n"];
var terminatorChars = [...""];
var newLineAndTerminatorChars = [...newLineChars, ...terminatorChars];
var wordCharsSet = new SSet(wordChars);
var digitCharsSet = new SSet(digitChars);
var spaceCharsSet = new SSet(spaceChars);
var terminatorCharsSet = new SSet(terminatorChars);
var newLineAndTerminatorCharsSet = new SSet(newLineAndTerminatorChars);
var defaultChar = () => string({
  unit: "grapheme-ascii",
  minLength: 1,
  maxLength: 1
});
function raiseUnsupportedASTNode(astNode) {
  return new SError(`Unsupported AST node! Received: ${stringify(astNode)}`);
}
function toMatchingArbitrary(astNode, constraints, flags) {
  switch (astNode.type) {
    case "Char":
      if (astNode.kind === "meta") switch (astNode.value) {
        case "\\w":
          return constantFrom(...wordChars);
        case "\\W":
          return defaultChar().filter((c) => !safeHas(wordCharsSet, c));
        case "\\d":
          return constantFrom(...digitChars);
        case "\\D":
          return defaultChar().filter((c) => !safeHas(digitCharsSet, c));
        case "\\s":
          return constantFrom(...spaceChars);
        case "\\S":
          return defaultChar().filter((c) => !safeHas(spaceCharsSet, c));
        case "\\b":
        case "\\B":
          throw new SError(`Meta character ${astNode.value} not implemented yet!`);
        case ".": {
          const forbiddenChars = flags.dotAll ? terminatorCharsSet : newLineAndTerminatorCharsSet;
          return defaultChar().filter((c) => !safeHas(forbiddenChars, c));
        }
      }
      if (astNode.symbol === void 0) throw new SError(`Unexpected undefined symbol received for non-meta Char! Received: ${stringify(astNode)}`);
      return constant(astNode.symbol);
    case "Repetition": {
      const node = toMatchingArbitrary(astNode.expression, constraints, flags);
      switch (astNode.quantifier.kind) {
        case "*":
          return string({
            ...constraints,
            unit: node
          });
        case "+":
          return string({
            ...constraints,
            minLength: 1,
            unit: node
          });
        case "?":
          return string({
            ...constraints,
            minLength: 0,
            maxLength: 1,
            unit: node
          });
        case "Range":
          return string({
            ...constraints,
            minLength: astNode.quantifier.from,
            maxLength: astNode.quantifier.to,
            unit: node
          });
        default:
          throw raiseUnsupportedASTNode(astNode.quantifier);
      }
    }
    case "Quantifier":
      throw new SError(`Wrongly defined AST tree, Quantifier nodes not supposed to be scanned!`);
    case "Alternative": {
      const childrenArbitraries = [];
      let pendingAggregatedValue = "";
      for (const n of astNode.expressions) if (n.type === "Char" && n.kind !== "meta" && n.symbol !== void 0) pendingAggregatedValue += n.symbol;
      else if (flags.multiline || n.type !== "Assertion" || n.kind !== "^" && n.kind !== "$") {
        if (pendingAggregatedValue !== "") {
          safePush(childrenArbitraries, constant(pendingAggregatedValue));
          pendingAggregatedValue = "";
        }
        safePush(childrenArbitraries, toMatchingArbitrary(n, constraints, flags));
      }
      if (pendingAggregatedValue !== "") safePush(childrenArbitraries, constant(pendingAggregatedValue));
      if (childrenArbitraries.length === 0) return constant("");
      if (childrenArbitraries.length === 1) return childrenArbitraries[0];
      return tuple(...childrenArbitraries).map((vs) => safeJoin(vs, ""));
    }
    case "CharacterClass":
      if (astNode.negative) {
        const childrenArbitraries = safeMap(astNode.expressions, (n) => toMatchingArbitrary(n, constraints, flags));
        return defaultChar().filter((c) => safeEvery(childrenArbitraries, (arb) => !arb.canShrinkWithoutContext(c)));
      }
      return oneof(...safeMap(astNode.expressions, (n) => toMatchingArbitrary(n, constraints, flags)));
    case "ClassRange": {
      const min4 = astNode.from.codePoint;
      const max4 = astNode.to.codePoint;
      return integer({
        min: min4,
        max: max4
      }).map((n) => safeStringFromCodePoint(n), (c) => {
        if (typeof c !== "string") throw new SError("Invalid type");
        if ([...c].length !== 1) throw new SError("Invalid length");
        return safeCharCodeAt(c, 0);
      });
    }
    case "Group":
      return toMatchingArbitrary(astNode.expression, constraints, flags);
    case "Disjunction": {
      const stack = [astNode.left, astNode.right];
      const branches = [];
      for (let i = 0; i !== stack.length; ++i) {
        const node = stack[i];
        if (node === null) safePush(branches, constant(""));
        else if (node.type === "Disjunction") {
          safePush(stack, node.left);
          safePush(stack, node.right);
        } else safePush(branches, toMatchingArbitrary(node, constraints, flags));
      }
      return oneof(...branches);
    }
    case "Assertion":
      if (astNode.kind === "^" || astNode.kind === "$") {
        if (flags.multiline) {
          if (astNode.kind === "^") return oneof(constant(""), tuple(string({ unit: defaultChar() }), constantFrom(...newLineChars)).map((t) => `${t[0]}${t[1]}`, (value) => {
            if (typeof value !== "string" || value.length === 0) throw new SError("Invalid type");
            return [safeSubstring(value, 0, value.length - 1), value[value.length - 1]];
          }));
          else return oneof(constant(""), tuple(constantFrom(...newLineChars), string({ unit: defaultChar() })).map((t) => `${t[0]}${t[1]}`, (value) => {
            if (typeof value !== "string" || value.length === 0) throw new SError("Invalid type");
            return [value[0], safeSubstring(value, 1)];
          }));
        }
        return constant("");
      }
      throw new SError(`Assertions of kind ${astNode.kind} not implemented yet!`);
    case "Backreference":
      throw new SError(`Backreference nodes not implemented yet!`);
    case "UnicodeProperty":
      return unicodePropertyArbitrary(astNode);
    default:
      throw raiseUnsupportedASTNode(astNode);
  }
}
function stringMatching(regex, constraints = {}) {
  for (const flag of regex.flags) if (flag !== "d" && flag !== "g" && flag !== "m" && flag !== "s" && flag !== "u") throw new SError(`Unable to use "stringMatching" against a regex using the flag ${flag}`);
  const maxLength = constraints.maxLength;
  const sanitizedConstraints = {
    size: constraints.size,
    maxLength
  };
  const flags = {
    multiline: regex.multiline,
    dotAll: regex.dotAll
  };
  let regexRootToken = addMissingDotStar(tokenizeRegex(regex));
  if (maxLength !== void 0) regexRootToken = clampRegexAst(regexRootToken, maxLength);
  const baseArbitrary = toMatchingArbitrary(regexRootToken, sanitizedConstraints, flags);
  if (maxLength !== void 0) return baseArbitrary.filter((s) => [...s].length <= maxLength);
  return baseArbitrary;
}
function initZippedValues(its) {
  const vs = [];
  for (let index = 0; index !== its.length; ++index) vs.push(its[index].next());
  return vs;
}
function nextZippedValues(its, vs) {
  for (let index = 0; index !== its.length; ++index) vs[index] = its[index].next();
}
function isDoneZippedValues(vs) {
  for (let index = 0; index !== vs.length; ++index) if (vs[index].done) return true;
  return false;
}
function* zipIterableIterators(...its) {
  const vs = initZippedValues(its);
  while (!isDoneZippedValues(vs)) {
    yield vs.map((v) => v.value);
    nextZippedValues(its, vs);
  }
}
function* iotaFrom(startValue) {
  let value = startValue;
  while (true) {
    yield value;
    ++value;
  }
}
var LimitedShrinkArbitrary = class extends Arbitrary {
  constructor(arb, maxShrinks) {
    super();
    this.arb = arb;
    this.maxShrinks = maxShrinks;
  }
  generate(mrng, biasFactor) {
    const value = this.arb.generate(mrng, biasFactor);
    return this.valueMapper(value, 0);
  }
  canShrinkWithoutContext(value) {
    return this.arb.canShrinkWithoutContext(value);
  }
  shrink(value, context4) {
    if (this.isSafeContext(context4)) return this.safeShrink(value, context4.originalContext, context4.length);
    return this.safeShrink(value, void 0, 0);
  }
  safeShrink(value, originalContext, currentLength) {
    const remaining = this.maxShrinks - currentLength;
    if (remaining <= 0) return Stream.nil();
    return new Stream(zipIterableIterators(this.arb.shrink(value, originalContext), iotaFrom(currentLength + 1))).take(remaining).map((valueAndLength) => this.valueMapper(valueAndLength[0], valueAndLength[1]));
  }
  valueMapper(v, newLength) {
    const context4 = {
      originalContext: v.context,
      length: newLength
    };
    return new Value(v.value, context4);
  }
  isSafeContext(context4) {
    return context4 !== null && context4 !== void 0 && typeof context4 === "object" && "originalContext" in context4 && "length" in context4;
  }
};
function limitShrink(arbitrary, maxShrinks) {
  return new LimitedShrinkArbitrary(arbitrary, maxShrinks);
}
var LifeCyclePluginSymbol = /* @__PURE__ */ Symbol.for("fast-check/plugin/life-cycle");
function computeResultingAfterHooks(teardownFunctions, hooks) {
  if (teardownFunctions.length === 0) return hooks.afterHooks;
  if (hooks.afterHooks.length === 0) return teardownFunctions.map((details) => details.fn);
  const afterAndPluginIndices = [];
  for (const value of teardownFunctions) {
    const { index, fn: fn3 } = value;
    afterAndPluginIndices.push({
      index: hooks.beforeHooksIndices[index],
      fn: fn3
    });
  }
  for (let index = 0; index !== hooks.afterHooks.length; ++index) afterAndPluginIndices.push({
    index: hooks.afterHooksIndices[index],
    fn: hooks.afterHooks[index]
  });
  afterAndPluginIndices.sort((a, b) => a.index - b.index);
  return afterAndPluginIndices.map((details) => details.fn);
}
function lifeCycleHooksRunner(hooks, nestedRun, value) {
  let wrappedRunOutput = null;
  let wrappedRunContinuation = void 0;
  const teardownFunctions = [];
  if (hooks.beforeHooks.length !== 0) try {
    for (let index = 0; index !== hooks.beforeHooks.length; ++index) {
      const before2 = hooks.beforeHooks[index];
      if (wrappedRunContinuation === void 0) {
        const out = before2();
        if (typeof out === "function") teardownFunctions.push({
          index,
          fn: out
        });
        if (typeof out === "object") wrappedRunContinuation = out.then((beforeOut) => {
          if (beforeOut !== void 0) teardownFunctions.push({
            index,
            fn: beforeOut
          });
          return null;
        });
      } else wrappedRunContinuation = wrappedRunContinuation.then(() => {
        const beforeOut = before2();
        if (beforeOut === void 0) return null;
        if (typeof beforeOut === "function") {
          teardownFunctions.push({
            index,
            fn: beforeOut
          });
          return null;
        }
        return beforeOut.then((beforeOutNested) => {
          if (beforeOutNested !== void 0) teardownFunctions.push({
            index,
            fn: beforeOutNested
          });
          return null;
        });
      });
    }
  } catch (error) {
    wrappedRunOutput = { error };
  }
  if (wrappedRunOutput === null) {
    if (wrappedRunContinuation === void 0) {
      const out = nestedRun(value);
      if (out !== null && "then" in out) wrappedRunContinuation = out;
      else wrappedRunOutput = out;
    } else wrappedRunContinuation = wrappedRunContinuation.then(() => nestedRun(value), (error) => ({ error }));
  }
  if (wrappedRunContinuation === void 0) {
    const resultingAfterHooks = computeResultingAfterHooks(teardownFunctions, hooks);
    for (let index = resultingAfterHooks.length - 1; index >= 0; --index) {
      const after = resultingAfterHooks[index];
      if (wrappedRunContinuation === void 0) try {
        const out = after();
        if (typeof out === "object") wrappedRunContinuation = out.then(() => wrappedRunOutput, (error) => wrappedRunOutput || { error });
      } catch (error) {
        wrappedRunOutput = { error };
      }
      else wrappedRunContinuation = wrappedRunContinuation.then((previous) => {
        try {
          const out = after();
          if (typeof out === "object") return out.then(() => previous, (error) => previous || { error });
          return previous;
        } catch (error) {
          return previous || { error };
        }
      });
    }
  } else wrappedRunContinuation = wrappedRunContinuation.then((previousBeforeAfters) => {
    const resultingAfterHooks = computeResultingAfterHooks(teardownFunctions, hooks);
    if (resultingAfterHooks.length === 0) return previousBeforeAfters;
    let afterContinuation = Promise.resolve(previousBeforeAfters);
    for (let index = resultingAfterHooks.length - 1; index >= 0; --index) {
      const after = resultingAfterHooks[index];
      afterContinuation = afterContinuation.then((previous) => {
        try {
          const out = after();
          return out === void 0 ? previous : out.then(() => previous, (error) => previous || { error });
        } catch (error) {
          return previous || { error };
        }
      });
    }
    return afterContinuation;
  });
  return wrappedRunContinuation === void 0 ? wrappedRunOutput : wrappedRunContinuation;
}
function beforeEach(fn3) {
  return (pluginIndex, pluginStore) => {
    let lifeCycleHooks = pluginStore.get(LifeCyclePluginSymbol);
    if (lifeCycleHooks !== void 0 && lifeCycleHooks.lastPluginIndex === pluginIndex - 1) {
      lifeCycleHooks.lastPluginIndex = pluginIndex;
      lifeCycleHooks.beforeHooks.push(fn3);
      lifeCycleHooks.beforeHooksIndices.push(pluginIndex);
      return {};
    }
    lifeCycleHooks = {
      lastPluginIndex: pluginIndex,
      beforeHooks: [fn3],
      beforeHooksIndices: [pluginIndex],
      afterHooks: [],
      afterHooksIndices: []
    };
    pluginStore.set(LifeCyclePluginSymbol, lifeCycleHooks);
    return { decorateRun: (nestedRun) => (value) => lifeCycleHooksRunner(lifeCycleHooks, nestedRun, value) };
  };
}
function afterEach(fn3) {
  return (pluginIndex, pluginStore) => {
    let lifeCycleHooks = pluginStore.get(LifeCyclePluginSymbol);
    if (lifeCycleHooks !== void 0 && lifeCycleHooks.lastPluginIndex === pluginIndex - 1) {
      lifeCycleHooks.lastPluginIndex = pluginIndex;
      lifeCycleHooks.afterHooks.push(fn3);
      lifeCycleHooks.afterHooksIndices.push(pluginIndex);
      return {};
    }
    lifeCycleHooks = {
      lastPluginIndex: pluginIndex,
      beforeHooks: [],
      beforeHooksIndices: [],
      afterHooks: [fn3],
      afterHooksIndices: [pluginIndex]
    };
    pluginStore.set(LifeCyclePluginSymbol, lifeCycleHooks);
    return { decorateRun: (nestedRun) => (value) => lifeCycleHooksRunner(lifeCycleHooks, nestedRun, value) };
  };
}
function unbiased() {
  return () => {
    return { decorateGenerate: (nestedGenerate) => (mrng, _runId) => nestedGenerate(mrng, void 0) };
  };
}
function fromSyncCachedForAsyncPath(cachedValue) {
  return cachedValue === null ? new PreconditionFailure() : cachedValue;
}
function fromCached(cachedValue) {
  if (cachedValue !== null) {
    if ("then" in cachedValue) return cachedValue.then(fromSyncCachedForAsyncPath);
    else return cachedValue;
  }
  return new PreconditionFailure();
}
function equalValuesRunner(coveredCases, nestedRun, value, skipRuns) {
  const stringifiedValue = stringify(value);
  if (coveredCases.has(stringifiedValue)) {
    const lastOutput = coveredCases.get(stringifiedValue);
    return skipRuns ? fromCached(lastOutput) : lastOutput;
  }
  const out = nestedRun(value);
  coveredCases.set(stringifiedValue, out);
  return out;
}
function ignoreEqualValues() {
  return () => {
    const coveredCases = /* @__PURE__ */ new Map();
    return { decorateRun: (nestedRun) => (value) => equalValuesRunner(coveredCases, nestedRun, value, false) };
  };
}
function skipEqualValues() {
  return () => {
    const coveredCases = /* @__PURE__ */ new Map();
    return { decorateRun: (nestedRun) => (value) => equalValuesRunner(coveredCases, nestedRun, value, true) };
  };
}
var safeSetTimeout$1 = setTimeout;
var safeClearTimeout$1 = clearTimeout;
var safePerformanceNow = typeof performance !== "undefined" ? performance.now.bind(performance) : Date.now.bind(Date);
function interruptAfterDelay(timeMs, probe) {
  const limitTime = safePerformanceNow() + timeMs;
  let timeoutHandle = void 0;
  return {
    expired: () => safePerformanceNow() >= limitTime,
    clear: () => safeClearTimeout$1(timeoutHandle),
    promise: new Promise((resolve) => {
      timeoutHandle = safeSetTimeout$1(() => {
        if (probe.running) probe.interruptedWhileRunning = true;
        resolve(new PreconditionFailure(true));
      }, timeMs);
    })
  };
}
function timeLimitRunner(interrupt6, nestedRun, value, probe) {
  probe.running = true;
  if (interrupt6.expired()) {
    probe.interruptedWhileRunning = true;
    probe.running = false;
    return new PreconditionFailure(true);
  }
  const runOut = nestedRun(value);
  if (runOut === null || !("then" in runOut)) {
    probe.running = false;
    return runOut;
  }
  runOut.finally(() => probe.running = false);
  return Promise.race([runOut, interrupt6.promise]);
}
function interruptAfterTimeLimit(timeLimitMs, options = {}) {
  return () => {
    const probe = {
      interruptedWhileRunning: false,
      running: false
    };
    const interrupt6 = interruptAfterDelay(timeLimitMs, probe);
    return {
      decorateRun: (nestedRun) => (value) => timeLimitRunner(interrupt6, nestedRun, value, probe),
      onAllRunsComplete: (runDetails) => {
        interrupt6.clear();
        if (options.failOnInterrupt && !runDetails.failed && runDetails.interrupted && probe.interruptedWhileRunning) return reportRunDetails({
          ...runDetails,
          failed: true
        });
      }
    };
  };
}
var safeSetTimeout = setTimeout;
var safeClearTimeout = clearTimeout;
function timeoutAfter(timeMs) {
  let timeoutHandle = void 0;
  return {
    clear: () => safeClearTimeout(timeoutHandle),
    promise: new Promise((resolve) => {
      timeoutHandle = safeSetTimeout(() => {
        resolve({ error: new SError(`Property timeout: exceeded limit of ${timeMs} milliseconds`) });
      }, timeMs);
    })
  };
}
function timeoutRunner(timeMs, nestedRun, value) {
  const t = timeoutAfter(timeMs);
  const runOut = nestedRun(value);
  if (runOut === null || !("then" in runOut)) {
    t.clear();
    return runOut;
  }
  const propRun = Promise.race([runOut, t.promise]);
  propRun.then(t.clear, t.clear);
  return propRun;
}
function timeout(timeMs) {
  return () => {
    return { decorateRun: (nestedRun) => (value) => timeoutRunner(timeMs, nestedRun, value) };
  };
}
var fast_check_default_exports = /* @__PURE__ */ __exportAll({
  Arbitrary: () => Arbitrary,
  ExecutionStatus: () => ExecutionStatus,
  PreconditionFailure: () => PreconditionFailure,
  Random: () => Random,
  Stream: () => Stream,
  Value: () => Value,
  VerbosityLevel: () => VerbosityLevel,
  __commitHash: () => __commitHash,
  __type: () => __type,
  __version: () => __version,
  afterEach: () => afterEach,
  anything: () => anything,
  array: () => array,
  assert: () => assert,
  asyncDefaultReportMessage: () => asyncDefaultReportMessage,
  asyncModelRun: () => asyncModelRun,
  asyncProperty: () => asyncProperty,
  asyncStringify: () => asyncStringify,
  asyncToStringMethod: () => asyncToStringMethod,
  base64String: () => base64String,
  beforeEach: () => beforeEach,
  bigInt: () => bigInt,
  bigInt64Array: () => bigInt64Array,
  bigUint64Array: () => bigUint64Array,
  boolean: () => boolean,
  chainUntil: () => chainUntil,
  check: () => check,
  clone: () => clone,
  cloneIfNeeded: () => cloneIfNeeded,
  cloneMethod: () => cloneMethod,
  commands: () => commands,
  compareBooleanFunc: () => compareBooleanFunc,
  compareFunc: () => compareFunc,
  configureGlobal: () => configureGlobal,
  constant: () => constant,
  constantFrom: () => constantFrom,
  context: () => context,
  createDepthIdentifier: () => createDepthIdentifier,
  date: () => date,
  defaultReportMessage: () => defaultReportMessage,
  dictionary: () => dictionary,
  domain: () => domain,
  double: () => double,
  emailAddress: () => emailAddress,
  entityGraph: () => entityGraph,
  falsy: () => falsy,
  float: () => float,
  float32Array: () => float32Array,
  float64Array: () => float64Array,
  func: () => func,
  gen: () => gen,
  getDepthContextFor: () => getDepthContextFor,
  hasAsyncToStringMethod: () => hasAsyncToStringMethod,
  hasCloneMethod: () => hasCloneMethod,
  hasToStringMethod: () => hasToStringMethod,
  hash: () => hash,
  ignoreEqualValues: () => ignoreEqualValues,
  infiniteStream: () => infiniteStream,
  installGlobalPlugin: () => installGlobalPlugin,
  int16Array: () => int16Array,
  int32Array: () => int32Array,
  int8Array: () => int8Array,
  integer: () => integer,
  interruptAfterTimeLimit: () => interruptAfterTimeLimit,
  ipV4: () => ipV4,
  ipV4Extended: () => ipV4Extended,
  ipV6: () => ipV6,
  json: () => json,
  jsonValue: () => jsonValue,
  letrec: () => letrec,
  limitShrink: () => limitShrink,
  lorem: () => lorem,
  map: () => map,
  mapToConstant: () => mapToConstant,
  maxSafeInteger: () => maxSafeInteger,
  maxSafeNat: () => maxSafeNat,
  memo: () => memo,
  mixedCase: () => mixedCase,
  modelRun: () => modelRun,
  nat: () => nat,
  noBias: () => noBias,
  noShrink: () => noShrink,
  object: () => object,
  oneof: () => oneof,
  option: () => option,
  pre: () => pre,
  property: () => property,
  readConfigureGlobal: () => readConfigureGlobal,
  record: () => record,
  resetConfigureGlobal: () => resetConfigureGlobal,
  sample: () => sample,
  scheduledModelRun: () => scheduledModelRun,
  scheduler: () => scheduler,
  schedulerFor: () => schedulerFor,
  set: () => set,
  shuffledSubarray: () => shuffledSubarray,
  skipEqualValues: () => skipEqualValues,
  sparseArray: () => sparseArray,
  statistics: () => statistics,
  stream: () => stream,
  string: () => string,
  stringMatching: () => stringMatching,
  stringify: () => stringify,
  subarray: () => subarray,
  timeout: () => timeout,
  toStringMethod: () => toStringMethod,
  tuple: () => tuple,
  uint16Array: () => uint16Array,
  uint32Array: () => uint32Array,
  uint8Array: () => uint8Array,
  uint8ClampedArray: () => uint8ClampedArray,
  ulid: () => ulid,
  unbiased: () => unbiased,
  uniqueArray: () => uniqueArray,
  uuid: () => uuid,
  webAuthority: () => webAuthority,
  webFragments: () => webFragments,
  webPath: () => webPath,
  webQueryParameters: () => webQueryParameters,
  webSegment: () => webSegment,
  webUrl: () => webUrl
});
var __type = "module";
var __version = "4.10.2";
var __commitHash = "c77afa8277a67250d798c52e61343b8ed5fd268b";
var fast_check_default = fast_check_default_exports;

// properties/property.ts
var pass = (property2) => ({ property: property2, ok: true });
var fail = (property2, at, t, message) => ({
  property: property2,
  ok: false,
  witness: { at, t, message }
});

// properties/backup-capacity.ts
var backupCapacity = {
  id: "backup-capacity",
  explanation: "The shared backup host held more guest pages than its memory: admission let in VMs whose hard footprints do not fit.",
  check({ trace }) {
    for (const f of trace.facts) {
      if (f.kind !== "backup-charge" || f.totalPages <= f.capacityPages) continue;
      return fail(this.id, f.at, f.t, `the backup holds ${f.totalPages} pages, over its ${f.capacityPages}, once ${f.guest} costs ${f.pages}`);
    }
    return pass(this.id);
  }
};

// properties/compression-roundtrip.ts
var compressionRoundtrip = {
  id: "compression-roundtrip",
  explanation: "The backup decoded a checkpoint's pages to bytes other than the primary's: a delta was decoded against a reference the encoder did not use.",
  check({ trace, scenario: scenario2 }) {
    if (scenario2.host.compression.compressor === "none") return pass(this.id);
    const captured = /* @__PURE__ */ new Map();
    for (const f of trace.facts) {
      if (f.kind === "capture") captured.set(f.epoch, f.pagesDigest);
      else if (f.kind === "apply") {
        const sent = captured.get(f.epoch);
        if (sent !== f.pagesDigest)
          return fail(this.id, f.at, f.t, `checkpoint ${f.epoch}'s pages decoded to digest ${f.pagesDigest}, the primary captured ${sent ?? "nothing"}`);
      }
    }
    return pass(this.id);
  }
};

// properties/failover-consistency.ts
var failoverConsistency = {
  id: "failover-consistency",
  explanation: "After failover the backup runs a state the primary never checkpointed, or one older than output already seen.",
  check({ trace }) {
    const captured = /* @__PURE__ */ new Map();
    const owes = /* @__PURE__ */ new Map();
    const complete2 = /* @__PURE__ */ new Set();
    let newestSeen = -1;
    for (const f of trace.facts) {
      switch (f.kind) {
        case "capture":
          captured.set(f.epoch, f.digest);
          break;
        case "checkpoint-sent":
          if (f.owes) owes.set(f.epoch, f.owes);
          break;
        case "checkpoint-complete":
          complete2.add(f.epoch);
          break;
        case "packet-out":
          if (f.host === "primary") newestSeen = Math.max(newestSeen, f.epoch);
          break;
        case "storage-land":
          if (f.host === "primary" && f.mode === "protected") newestSeen = Math.max(newestSeen, f.epoch);
          break;
        case "restore": {
          const digest = captured.get(f.epoch);
          if (digest === void 0) return fail(this.id, f.at, f.t, `restored epoch ${f.epoch}, which the primary never captured`);
          if (!complete2.has(f.epoch)) return fail(this.id, f.at, f.t, `restored checkpoint ${f.epoch}, which never arrived completely`);
          if (digest !== f.digest)
            return fail(this.id, f.at, f.t, `restored state of epoch ${f.epoch} is ${f.digest}, the primary's checkpoint was ${digest}`);
          if (f.epoch < newestSeen)
            return fail(this.id, f.at, f.t, `restored checkpoint ${f.epoch}, older than epoch ${newestSeen} whose output was already released`);
          for (const [client, [from, to]] of Object.entries(owes.get(f.epoch) ?? {})) {
            const [have, through] = f.owes?.[client] ?? [from, from];
            if (have > from || through < to)
              return fail(this.id, f.at, f.t, `at checkpoint ${f.epoch} the hypervisor owed ${client} bytes ${from}..${to}, the restored backup can send only ${have}..${through}`);
          }
        }
      }
    }
    return pass(this.id);
  }
};

// properties/output-commit.ts
var outputCommit = {
  id: "output-commit",
  explanation: "A packet reached the outside before the checkpoint that produced it was safe on the backup.",
  check({ trace }) {
    const acked = /* @__PURE__ */ new Set();
    const captures = [];
    let restored = -1;
    let resumedAt = Infinity;
    let primaryAlone = false;
    const epochOf = (producedAt) => {
      let n = 0;
      while (n < captures.length && captures[n] < producedAt) n++;
      return n;
    };
    for (const f of trace.facts) {
      switch (f.kind) {
        case "capture":
          if (f.host === "primary") captures.push(f.t);
          break;
        case "ack-received":
          acked.add(f.epoch);
          break;
        case "restore":
          restored = f.epoch;
          break;
        case "resumed":
          resumedAt = Math.min(resumedAt, f.t);
          break;
        case "lease":
          if (f.granted && f.host === "primary") primaryAlone = true;
          break;
        case "packet-out": {
          const produced = f.lastProducedAt ?? f.producedAt;
          const epoch = epochOf(produced);
          const where = `${f.host} sent ${f.client} bytes ${f.offset}..${f.offset + f.len}, produced at ${produced / 1e3} ms (epoch ${epoch})`;
          if (f.speculative) return fail(this.id, f.at, f.t, `${f.host} sent ${f.client} a speculative acknowledgement, which only the guest may see`);
          if (f.host === "primary") {
            if (!primaryAlone && !acked.has(epoch)) return fail(this.id, f.at, f.t, `${where} before the primary received the acknowledgement of checkpoint ${epoch}`);
          } else if (restored < 0) {
            return fail(this.id, f.at, f.t, `${where} before restoring any checkpoint`);
          } else if (produced < resumedAt && epoch > restored) {
            return fail(this.id, f.at, f.t, `${where}, but the restored checkpoint is ${restored}`);
          }
        }
      }
    }
    return pass(this.id);
  }
};

// src/faults/schedule.ts
var protocolPoints = [
  "after-capture",
  "mid-transfer",
  "after-apply-before-ack",
  "after-ack-before-release",
  "during-failover"
];
var isLinkFault = (f) => f.kind.startsWith("link-");
var isClientFault = (f) => f.kind.startsWith("client-");
var faultVm = (f) => f.vm ?? "vm1";

// properties/per-vm.ts
var vmsOf = (run) => run.trace.facts.flatMap((f) => f.kind === "admission" && f.admitted ? [f.guest] : []);
var hitsEveryVm = (f) => (f.kind === "crash" || f.kind === "crash-at") && f.host === "backup";
var vmRun = (run, vm) => ({
  scenario: run.scenario,
  faults: run.faults.filter((f) => faultVm(f) === vm || hitsEveryVm(f)),
  trace: { events: run.trace.events, facts: run.trace.facts.filter((f) => f.vm === vm), hash: run.trace.hash }
});
var vmRuns = (run) => vmsOf(run).map((vm) => ({ vm, run: vmRun(run, vm) }));
var judgePerVm = (p, runs2) => {
  for (const { vm, run } of runs2) {
    const v = p.check(run);
    if (!v.ok) return { ...v, witness: v.witness && { ...v.witness, message: `${vm}: ${v.witness.message}` } };
  }
  return { property: p.id, ok: true };
};

// properties/no-silent-death.ts
var noSilentDeath = {
  id: "no-silent-death",
  explanation: "A host's fiber ended without its host stopping it (a loop returned, failed or was interrupted): part of the protocol silently stopped.",
  check({ trace }) {
    for (const f of trace.facts) if (f.kind === "fiber-died") return fail(this.id, f.at, f.t, `${f.host}'s ${f.fiber} fiber ${f.how}`);
    return pass(this.id);
  }
};

// properties/no-spurious-failover.ts
var noSpuriousFailover = {
  id: "no-spurious-failover",
  explanation: "A host claimed the activation record although its peer had spoken to it within the detection timeout: its failure detector ignored signs of life.",
  check({ trace, scenario: scenario2 }) {
    const timeout4 = scenario2.host.detectionTimeoutUs;
    for (const f of trace.facts)
      if (f.kind === "claim" && !f.connectionLost && f.silentUs < timeout4)
        return fail(this.id, f.at, f.t, `${f.host} claimed the activation record after only ${f.silentUs / 1e3} ms without hearing from its peer (detection timeout ${timeout4 / 1e3} ms)`);
    return pass(this.id);
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

// properties/horizon.ts
var SLACK_US = 1e3;
var horizonOf = (scenario2, faults, facts, except) => {
  const r2 = recoveryUs(scenario2);
  let first = Infinity;
  let last = -1;
  const acted = /* @__PURE__ */ new Set();
  for (const f of facts) {
    if (f === except) continue;
    if (f.kind === "crash") last = Math.max(last, f.t + (f.host === "primary" ? r2.primaryCrash : r2.backupCrash));
    else if (f.kind === "fault-acted") {
      last = Math.max(last, f.t + r2.lostMessage);
      acted.add(f.fault);
    } else continue;
    first = Math.min(first, f.t);
  }
  for (const f of faults) if ("durationUs" in f && acted.has(f.kind)) last = Math.max(last, f.atUs + f.durationUs + r2.lostMessage);
  return { firstFault: first, healed: last, settleUs: checkpointBoundUs(scenario2) };
};
var recoveryUs = (s) => {
  const failover = s.link.latencyUs + s.host.detectionTimeoutUs + 2 * s.host.storageLatencyUs + s.host.restoreUs + 2 * s.client.minRtoUs + SLACK_US;
  const resend = Math.max(TCP_MIN_RTO_US, s.client.minRtoUs) + s.link.latencyUs + s.clientPath.latencyUs;
  return {
    primaryCrash: failover,
    backupCrash: s.host.epochUs + s.host.detectionTimeoutUs + 2 * s.host.storageLatencyUs + s.host.releaseLatencyUs + SLACK_US,
    lostMessage: resend + failover
  };
};
var checkpointBytesBound = (s) => {
  const w = s.host.workload;
  const output = s.clients * 2 * (w.maxResponseBytes + 1024);
  const disk = w.files ? Math.ceil(s.host.pages * w.files.cacheShare) * (4096 + 64) : 0;
  const tcp = s.tcp ? s.clients * s.tcp.guestSendBufferBytes + s.tcp.specBufferBytes : 0;
  return s.host.pages * 4200 + output + disk + tcp + 4096;
};
var checkpointBoundUs = (s) => {
  const h2 = s.host;
  const pages = h2.pages;
  const pause = h2.pauseBaseUs + h2.pauseUsPerPage * pages;
  const transfer = Math.ceil(checkpointBytesBound(s) * 1e6 / s.link.bytesPerSecond);
  return h2.epochUs + pause + transfer + Math.ceil(pages * h2.applyUsPerPage) + 2 * s.link.latencyUs + h2.releaseLatencyUs + SLACK_US;
};

// properties/progress.ts
var failoverBoundUs = (s) => s.link.latencyUs + s.host.detectionTimeoutUs + s.host.storageLatencyUs + s.host.restoreUs + SLACK_US;
var streamGapUs = (s) => s.client.thinkUs + 2 * s.clientPath.latencyUs + serializationUs(s.host.workload.maxResponseBytes + 66 * 12, s.clientPath.bytesPerSecond) + checkpointBoundUs(s) + SLACK_US;
var progress = {
  id: "progress",
  explanation: "The protocol stalled where nothing excused it: no checkpoint, no acknowledgement, no client bytes or no failover within its bound, or nothing could happen any more.",
  check({ trace, scenario: scenario2, faults }) {
    const { link, host } = scenario2;
    const end = scenario2.durationUs;
    const h2 = horizonOf(scenario2, faults, trace.facts);
    const calmFrom = h2.healed < 0 ? Infinity : h2.healed + h2.settleUs;
    const calm = (t) => t < h2.firstFault || t >= calmFrom;
    const epochBound = host.epochUs + host.pauseBaseUs + host.pauseUsPerPage * host.pages + SLACK_US;
    const ackGap = checkpointBoundUs(scenario2);
    const streamGap = streamGapUs(scenario2) + (scenario2.tcp ? 4 * scenario2.client.minRtoUs : 0);
    let primaryAlive = true;
    let backupAlive = true;
    let primaryAlone = false;
    let primaryFenced = false;
    let backupActive = false;
    let backupStoodDown = false;
    let imageBeforeCrash = false;
    let refused = false;
    let primaryCrash;
    let failoverBy;
    let disconnect;
    let backupHasImage = false;
    const claimed = { primary: false, backup: false };
    const replicating = () => primaryAlive && !primaryAlone && !primaryFenced && backupAlive && !backupActive;
    const serving = () => primaryAlive && !primaryFenced && !backupActive || backupAlive && backupActive;
    let lastCapture;
    let lastAck;
    const due = /* @__PURE__ */ new Map();
    let linkFree = 0;
    let applyFree = 0;
    const streams = /* @__PURE__ */ new Map();
    const rrClients = Array.from({ length: scenario2.clients }, (_, i) => `client-${i + 1}`).slice(scenario2.tcp?.bulkClients ?? 0);
    const allClients = Array.from({ length: scenario2.clients }, (_, i) => `client-${i + 1}`);
    const watched = scenario2.tcp ? allClients : rrClients;
    const clientsNeverStop = scenario2.client.maxRequests <= 0;
    const overdue = (t, at) => {
      for (const [epoch, d] of due)
        if (t > d.bound) return fail(this.id, d.at, d.bound, `checkpoint ${epoch} was not acknowledged by ${d.bound} us, its bound without faults`);
      if (replicating() && lastCapture && t > lastCapture.t + epochBound && calm(lastCapture.t) && calm(lastCapture.t + epochBound))
        return fail(this.id, lastCapture.at, lastCapture.t + epochBound, `the primary took no checkpoint for ${(t - lastCapture.t) / 1e3} ms (the policy's epoch is ${host.epochUs / 1e3} ms)`);
      if (replicating() && lastAck && t > lastAck.t + ackGap && lastAck.t >= calmFrom)
        return fail(this.id, lastAck.at, lastAck.t + ackGap, `no checkpoint was acknowledged for ${(t - lastAck.t) / 1e3} ms after the faults healed (one checkpoint takes at most ${ackGap / 1e3} ms)`);
      if (serving() && clientsNeverStop) {
        const stallFrom = watched.map((c) => {
          const last = streams.get(c)?.t ?? scenario2.clientStartUs;
          const from = t < h2.firstFault ? last : t >= calmFrom ? Math.max(last, calmFrom) : -1;
          const backlog = Math.max(0, applyFree + link.latencyUs - t);
          return from >= 0 && t > from + streamGap + backlog ? from : -1;
        });
        const judged = scenario2.tcp ? stallFrom.every((x) => x >= 0) ? Math.max(...stallFrom) : -1 : Math.max(-1, ...stallFrom);
        if (judged >= 0) {
          const who = scenario2.tcp ? "no client's stream moved" : `${watched.filter((_, i) => stallFrom[i] >= 0).join(", ")}: stream did not move`;
          return fail(this.id, at, judged + streamGap, `${who} for ${streamGap / 1e3} ms from ${(judged / 1e3).toFixed(3)} ms, with no fault to excuse it`);
        }
      }
      if (disconnect && t > disconnect.t + SLACK_US) {
        const backupCould = backupAlive && backupHasImage && !backupActive && !backupStoodDown && !refused;
        const late = ["primary", "backup"].find((who) => !claimed[who] && (who === "primary" ? primaryAlive && !primaryAlone && !primaryFenced : backupCould));
        if (late) return fail(this.id, disconnect.at, disconnect.t + SLACK_US, `the replication connection failed at ${disconnect.t / 1e3} ms and the ${late} did not claim the activation record`);
        disconnect = void 0;
      }
      if (primaryCrash && !primaryAlive && backupAlive && imageBeforeCrash && !backupActive && !backupStoodDown && !refused && !primaryAlone) {
        failoverBy ??= Math.max(primaryCrash.t, horizonOf(scenario2, faults, trace.facts, primaryCrash.fact).healed) + failoverBoundUs(scenario2);
        const by = failoverBy;
        if (t > by) return fail(this.id, primaryCrash.at, by, `the backup had not resumed ${(by - primaryCrash.t) / 1e3} ms after the primary crashed`);
      }
      return void 0;
    };
    let checkedAt = -Infinity;
    for (const f of trace.facts) {
      if (f.t >= checkedAt + 1e3) {
        checkedAt = f.t;
        const late = overdue(f.t, f.at);
        if (late) return late;
      }
      switch (f.kind) {
        case "quiescent":
          return fail(this.id, f.at, f.t, "the event queue ran dry before the end of the run: a deadlock");
        case "capture":
          if (f.host === "primary") lastCapture = { t: f.t, at: f.at };
          break;
        case "checkpoint-sent": {
          linkFree = Math.max(f.t, linkFree) + serializationUs(f.bytes, link.bytesPerSecond);
          applyFree = Math.max(linkFree + link.latencyUs, applyFree) + Math.max(1, Math.ceil(f.pages * host.applyUsPerPage));
          const bound = applyFree + link.latencyUs + SLACK_US;
          if (bound < h2.firstFault && bound < end) due.set(f.epoch, { bound, at: f.at });
          break;
        }
        case "ack-received":
          due.delete(f.epoch);
          lastAck = { t: f.t, at: f.at };
          break;
        case "apply":
          if (!primaryCrash) imageBeforeCrash = true;
          backupHasImage = true;
          break;
        case "fault-acted":
          if (f.fault === "link-disconnect") disconnect ??= { t: f.t, at: f.at };
          break;
        case "claim":
          claimed[f.host] = true;
        // falls through: a claim, like a failover, needs a fault
        case "failover-detected":
          if (f.t < h2.firstFault) return fail(this.id, f.at, f.t, `${f.kind === "claim" ? `${f.host} claimed the activation record` : "the backup began a failover"} with no fault acting`);
          break;
        case "crash":
          if (f.host === "backup") backupAlive = false;
          else {
            primaryAlive = false;
            primaryCrash ??= { t: f.t, at: f.at, fact: f };
          }
          break;
        case "lease":
          if (f.host === "primary" && f.granted) primaryAlone = true;
          if (f.host === "primary" && !f.granted) primaryFenced = true;
          if (f.host === "backup" && !f.granted) backupStoodDown = true;
          break;
        case "resumed":
          backupActive = true;
          break;
        case "unprotected":
          if (f.host === "primary") primaryAlone = true;
          break;
        case "failover-refused":
          refused = true;
          break;
        case "client-recv": {
          const s = streams.get(f.client);
          if (!s || f.offset + f.len > s.through) streams.set(f.client, { t: f.t, at: f.at, through: Math.max(s?.through ?? 0, f.offset + f.len) });
          break;
        }
      }
    }
    return overdue(end, trace.facts.length ? trace.facts[trace.facts.length - 1].at : 0) ?? pass(this.id);
  }
};

// properties/single-active.ts
var singleActive = {
  id: "single-active",
  explanation: "Two copies of the VM released output: the primary kept talking after the backup took over.",
  check({ trace }) {
    let backupSince = -1;
    for (const f of trace.facts) {
      if (f.kind !== "packet-out") continue;
      if (f.host === "backup" && backupSince < 0) backupSince = f.t;
      if (f.host === "primary" && backupSince >= 0)
        return fail(this.id, f.at, f.t, `the primary released ${f.client} bytes ${f.offset}.. at ${f.t} us, after the backup began releasing at ${backupSince} us`);
    }
    return pass(this.id);
  }
};

// properties/soft-page-safety.ts
var softPageSafety = {
  id: "soft-page-safety",
  explanation: "A page the guest dirtied was left out of its checkpoint, or soft pages rebuilt from shared storage after failover did not match the checkpoint.",
  check({ trace }) {
    const captured = /* @__PURE__ */ new Map();
    let restore;
    for (const f of trace.facts) {
      switch (f.kind) {
        case "capture":
          captured.set(f.epoch, { pages: f.pages, digest: f.digest });
          break;
        case "checkpoint-sent": {
          const c = captured.get(f.epoch);
          if (c && f.pages < c.pages) return fail(this.id, f.at, f.t, `checkpoint ${f.epoch} carries ${f.pages} pages, the guest dirtied ${c.pages}`);
          break;
        }
        case "restore":
          restore = { epoch: f.epoch, digest: f.digest };
          break;
        case "soft-rebuilt":
          if (f.pages > 0 && restore && captured.get(restore.epoch)?.digest !== restore.digest)
            return fail(this.id, f.at, f.t, `${f.pages} soft pages rebuilt from shared storage: the restored state does not match checkpoint ${restore.epoch}`);
          break;
      }
    }
    return pass(this.id);
  }
};

// properties/storage-consistency.ts
var storageConsistency = {
  id: "storage-consistency",
  explanation: "Shared storage showed a disk write before its epoch committed, or did not match the checkpoint the backup restored.",
  check({ trace }) {
    const acked = /* @__PURE__ */ new Set();
    const issued = /* @__PURE__ */ new Map();
    const store = /* @__PURE__ */ new Map();
    let restored = -1;
    for (const f of trace.facts) {
      switch (f.kind) {
        case "ack-received":
          acked.add(f.epoch);
          break;
        case "disk-write": {
          if (f.host !== "primary") break;
          const list = issued.get(f.block) ?? [];
          list.push([f.epoch, f.digest]);
          issued.set(f.block, list);
          break;
        }
        case "restore":
          restored = f.epoch;
          break;
        case "storage-land":
          if (f.mode === "protected" && !acked.has(f.epoch))
            return fail(this.id, f.at, f.t, `block ${f.block}: a write of epoch ${f.epoch} reached shared storage before checkpoint ${f.epoch} was acknowledged`);
          if (f.mode === "owed" && f.epoch > restored)
            return fail(this.id, f.at, f.t, `block ${f.block}: the backup wrote epoch ${f.epoch}'s data but restored checkpoint ${restored}`);
          store.set(f.block, [f.epoch, f.digest]);
          break;
        case "resumed": {
          const wrong = mismatch(issued, store, restored);
          if (wrong) return fail(this.id, f.at, f.t, `at resume from checkpoint ${restored}, ${wrong}`);
          break;
        }
      }
    }
    return pass(this.id);
  }
};
var mismatch = (issued, store, epoch) => {
  for (const block of /* @__PURE__ */ new Set([...issued.keys(), ...store.keys()])) {
    const upTo = (issued.get(block) ?? []).filter(([e]) => e <= epoch);
    const want = upTo.length ? upTo[upTo.length - 1][1] : void 0;
    const have = store.get(block);
    if (want === void 0 && have) return `block ${block} holds a write of epoch ${have[0]}, which the checkpoint never made`;
    if (want !== void 0 && have?.[1] !== want) return `block ${block} holds ${have ? `epoch ${have[0]}'s data` : "nothing"}, not the checkpoint's last write (digest ${want})`;
  }
  return void 0;
};

// src/net/reassembly.ts
var Reassembly = class {
  through = 0;
  highest = 0;
  early = [];
  get hasHole() {
    return this.early.length > 0;
  }
  add(from, to) {
    this.highest = Math.max(this.highest, to);
    if (from > this.through) {
      this.early.push([from, to]);
      return;
    }
    this.through = Math.max(this.through, to);
    if (this.early.length === 0) return;
    this.early.sort((a, b) => a[0] - b[0]);
    while (this.early.length > 0 && this.early[0][0] <= this.through) this.through = Math.max(this.through, this.early.shift()[1]);
  }
};

// properties/stream-integrity.ts
var holeBoundUs = (s) => s.host.detectionTimeoutUs + s.host.storageLatencyUs + s.host.restoreUs + 2 * TCP_MIN_RTO_US + 2 * s.client.minRtoUs + 2 * s.host.epochUs;
var streamIntegrity = {
  id: "stream-integrity",
  explanation: "A client's byte stream was contradicted, or left with a gap that never filled.",
  check({ trace, scenario: scenario2 }) {
    const bound = holeBoundUs(scenario2);
    const streams = /* @__PURE__ */ new Map();
    const holeSince = /* @__PURE__ */ new Map();
    for (const f of trace.facts) {
      if (f.kind === "client-recv") {
        if (f.conflict >= 0)
          return fail(this.id, f.at, f.t, `${f.client} received bytes at offset ${f.conflict} that differ from the bytes it already had there`);
        let r2 = streams.get(f.client);
        if (!r2) streams.set(f.client, r2 = new Reassembly());
        r2.add(f.offset, f.offset + f.len);
        if (!r2.hasHole) holeSince.delete(f.client);
        else if (!holeSince.has(f.client)) holeSince.set(f.client, { t: f.t, at: f.at });
      } else if (f.kind === "restore") {
        for (const [client, r2] of streams) {
          const restored = f.streams[client] ?? 0;
          if (r2.highest > restored)
            return fail(this.id, f.at, f.t, `${client} already received bytes up to ${r2.highest}, but the restored guest's stream ends at ${restored}`);
        }
      }
      for (const [client, open] of holeSince) {
        if (f.t - open.t > bound)
          return fail(this.id, open.at, open.t, `${client}'s stream has a gap at ${streams.get(client).through} still open ${bound / 1e3} ms later`);
      }
    }
    for (const [client, open] of holeSince) {
      if (scenario2.durationUs - open.t > bound)
        return fail(this.id, open.at, open.t, `${client}'s stream has a gap at ${streams.get(client).through} that never filled`);
    }
    return pass(this.id);
  }
};

// properties/index.ts
var perVm = [outputCommit, failoverConsistency, streamIntegrity, singleActive, progress, noSilentDeath, noSpuriousFailover, compressionRoundtrip, storageConsistency, softPageSafety];
var properties = [...perVm, backupCapacity];
var judge = (run) => {
  const runs2 = run.scenario.consolidation && vmRuns(run);
  return [...perVm.map((p) => runs2 ? judgePerVm(p, runs2) : p.check(run)), backupCapacity.check(run)];
};

// src/scenario/metrics.ts
var metricsOf = (trace) => {
  let epochsCommitted = 0;
  let replicationBytes = 0;
  let dirtyPages = 0;
  let pauseSum = 0;
  let pauses = 0;
  let delaySum = 0;
  let packets = 0;
  let detectedAtUs = -1;
  let resumedAtUs = -1;
  let restoredEpoch = -1;
  let failedOver;
  let backupHost;
  const streams = /* @__PURE__ */ new Map();
  for (const f of trace.facts) {
    switch (f.kind) {
      case "ack-received":
        if (f.epoch > 0) epochsCommitted++;
        break;
      case "checkpoint-sent":
        replicationBytes += f.bytes;
        dirtyPages += f.pages;
        break;
      case "capture":
        if (f.epoch > 0) {
          pauseSum += f.pauseUs;
          pauses++;
        }
        break;
      case "packet-out":
        delaySum += f.t - f.producedAt;
        packets++;
        break;
      case "client-recv": {
        const key = f.vm ? `${f.vm}/${f.client}` : f.client;
        let r2 = streams.get(key);
        if (!r2) streams.set(key, r2 = new Reassembly());
        r2.add(f.offset, f.offset + f.len);
        break;
      }
      case "failover-detected":
        if (detectedAtUs < 0) detectedAtUs = f.t;
        break;
      case "restore":
        restoredEpoch = f.epoch;
        break;
      case "resumed":
        resumedAtUs = f.t;
        failedOver = f.vm;
        break;
      case "admission":
        backupHost ??= { admitted: [], refused: [], peakPages: 0, capacityPages: 0 };
        if (f.admitted) backupHost.admitted.push(f.guest);
        else backupHost.refused.push({ vm: f.guest, reason: f.reason });
        break;
      case "backup-charge":
        backupHost.peakPages = Math.max(backupHost.peakPages, f.totalPages);
        backupHost.capacityPages = f.capacityPages;
        break;
    }
  }
  return {
    epochsCommitted,
    replicationBytes,
    dirtyPages,
    meanPauseUs: pauses ? Math.round(pauseSum / pauses) : 0,
    meanOutputDelayUs: packets ? Math.round(delaySum / packets) : 0,
    clientBytes: [...streams.values()].reduce((sum2, r2) => sum2 + r2.through, 0),
    failover: resumedAtUs >= 0 ? { detectedAtUs, resumedAtUs, restoredEpoch, ...failedOver ? { vm: failedOver } : {} } : null,
    ...backupHost ? { backupHost } : {}
  };
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
var fmix = (h2) => {
  h2 ^= h2 >>> 16;
  h2 = Math.imul(h2, 2246822507);
  h2 ^= h2 >>> 13;
  h2 = Math.imul(h2, 3266489909);
  h2 ^= h2 >>> 16;
  return h2 >>> 0;
};
var hashBytes = (bytes) => {
  let a = 2166136261;
  let b = 461845907;
  const n = bytes.length;
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    a = Math.imul(a ^ (bytes[i] | bytes[i + 1] << 8 | bytes[i + 2] << 16 | bytes[i + 3] << 24), 16777619);
    b = Math.imul(b ^ (bytes[i + 4] | bytes[i + 5] << 8 | bytes[i + 6] << 16 | bytes[i + 7] << 24), 3432918353);
  }
  for (; i < n; i++) a = Math.imul(a ^ bytes[i], 16777619);
  return fmix(a).toString(16).padStart(8, "0") + fmix(b ^ n).toString(16).padStart(8, "0");
};
var hashString = (s) => {
  let a = 2166136261;
  let b = 461845907;
  const n = s.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    a = Math.imul(a ^ s.charCodeAt(i), 16777619);
    b = Math.imul(b ^ s.charCodeAt(i + 1), 3432918353);
  }
  if (i < n) a = Math.imul(a ^ s.charCodeAt(i), 16777619);
  return fmix(a).toString(16).padStart(8, "0") + fmix(b ^ n).toString(16).padStart(8, "0");
};

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
  const r2 = ref.i32;
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
        let h2 = z >> 1;
        const hEnd = last >> 1;
        let x = 0;
        while (h2 < hEnd && (x = c64[h2]) === r64[h2 + half] && (x !== 0 || c[2 * h2 + 1] === r2[2 * h2 + 1 + shift])) h2++;
        z = 2 * h2;
        if (z >= last) break;
      }
      if (c[z] !== r2[z + shift]) break;
      z++;
      if (z >= last) break;
    }
    if (z >= last) break;
    let n = z + 1;
    while (n < last && c[n] !== r2[n + shift]) n++;
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
      const x = c[k] ^ r2[k + shift];
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
function resolveOutput(mapper, context4, event, self2) {
  if (typeof mapper === "function") {
    return mapper({
      context: context4,
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
  const match6 = src.match(/^xstate\.invoke\.(\d+)\.(.*)/);
  if (!match6) {
    return machine.implementations.actors[src];
  }
  const [, indexStr, nodeId] = match6;
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
  const scheduler2 = {
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
      const timeout4 = clock.setTimeout(() => {
        delete timerMap[scheduledEventId];
        delete system._snapshot._scheduledEvents[scheduledEventId];
        system._relay(source, target, event);
      }, delay3);
      timerMap[scheduledEventId] = timeout4;
    },
    cancel: (source, id) => {
      const scheduledEventId = createScheduledEventId(source, id);
      const timeout4 = timerMap[scheduledEventId];
      delete timerMap[scheduledEventId];
      delete system._snapshot._scheduledEvents[scheduledEventId];
      if (timeout4 !== void 0) {
        clock.clearTimeout(timeout4);
      }
    },
    cancelAll: (actorRef) => {
      for (const scheduledEventId in system._snapshot._scheduledEvents) {
        const scheduledEvent = system._snapshot._scheduledEvents[scheduledEventId];
        if (scheduledEvent.source === actorRef) {
          scheduler2.cancel(actorRef, scheduledEvent.id);
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
    scheduler: scheduler2,
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
        scheduler2.schedule(source, target, event, delay3, id);
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
    setTimeout: (fn3, ms2) => {
      return setTimeout(fn3, ms2);
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
  context: context4,
  event
}, {
  guards
}) {
  return guards.every((guard) => evaluateGuard(guard, context4, event, snapshot));
}
function and(guards) {
  function and2(_args, _params) {
    return false;
  }
  and2.check = checkAnd;
  and2.guards = guards;
  return and2;
}
function evaluateGuard(guard, context4, event, snapshot) {
  const {
    machine
  } = snapshot;
  const isInline = typeof guard === "function";
  const resolved = isInline ? guard : machine.implementations.guards[typeof guard === "string" ? guard : guard.type];
  if (!isInline && !resolved) {
    throw new Error(`Guard '${typeof guard === "string" ? guard : guard.type}' is not implemented.'.`);
  }
  if (typeof resolved !== "function") {
    return evaluateGuard(resolved, context4, event, snapshot);
  }
  const guardArgs = {
    context: context4,
    event
  };
  const guardParams = isInline || typeof guard === "string" ? void 0 : "params" in guard ? typeof guard.params === "function" ? guard.params({
    context: context4,
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
  const set3 = /* @__PURE__ */ new Set();
  function iter(descStateNode) {
    if (set3.has(descStateNode)) {
      return;
    }
    set3.add(descStateNode);
    if (descStateNode.type === "compound") {
      iter(descStateNode.initial.target[0]);
    } else if (descStateNode.type === "parallel") {
      for (const child of getChildren(descStateNode)) {
        iter(child);
      }
    }
  }
  iter(stateNode);
  return set3;
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
  const set22 = new Set(s2);
  for (const item of set1) {
    if (set22.has(item)) {
      return true;
    }
  }
  for (const item of set22) {
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
      const domain2 = getTransitionDomain(t, historyValue);
      if (t.reenter && t.source === domain2) {
        statesToExit.add(domain2);
      }
      for (const stateNode of stateNodeSet) {
        if (isDescendant(stateNode, domain2)) {
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
    const domain2 = getTransitionDomain(t, historyValue);
    for (const s of t.target || []) {
      if (!isHistoryNode(s) && // if the target is different than the source then it will *definitely* be entered
      (t.source !== s || // we know that the domain can't lie within the source
      // if it's different than the source then it's outside of it and it means that the target has to be entered as well
      t.source !== domain2 || // reentering transitions always enter the target, even if it's the source itself
      t.reenter)) {
        statesToEnter.add(s);
        statesForDefaultEntry.add(s);
      }
      addDescendantStatesToEnter(s, historyValue, statesForDefaultEntry, statesToEnter);
    }
    const targetStates = getEffectiveTargetStates(t, historyValue);
    for (const s of targetStates) {
      const ancestors = getProperAncestors(s, domain2);
      if (domain2?.type === "parallel") {
        ancestors.push(domain2);
      }
      addAncestorStatesToEnter(statesToEnter, historyValue, statesForDefaultEntry, ancestors, !t.source.parent && t.reenter ? void 0 : domain2);
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
    context: context4,
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
    context: persistContext(context4),
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
  context: context4
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
          context: context4,
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
var cache2 = /* @__PURE__ */ new WeakMap();
function memo2(object2, key, fn3) {
  let memoizedData = cache2.get(object2);
  if (!memoizedData) {
    memoizedData = {
      [key]: fn3()
    };
    cache2.set(object2, memoizedData);
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
    return memo2(this, "invoke", () => toArray(this.config.invoke).map((invokeConfig, i) => {
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
    return memo2(this, "on", () => {
      const transitions = this.transitions;
      return [...transitions].flatMap(([descriptor, t]) => t.map((t2) => [descriptor, t2])).reduce((map6, [descriptor, transition]) => {
        map6[descriptor] = map6[descriptor] || [];
        map6[descriptor].push(transition);
        return map6;
      }, {});
    });
  }
  get after() {
    return memo2(this, "delayedTransitions", () => getDelayedTransitions(this));
  }
  get initial() {
    return memo2(this, "initial", () => formatInitialTransition(this, this.config.initial));
  }
  /** @internal */
  next(snapshot, event) {
    const eventType = event.type;
    const actions = [];
    let selectedTransition;
    const candidates = memo2(this, `candidates-${eventType}`, () => getCandidates(this, eventType));
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
    return memo2(this, "events", () => {
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
      context: context4
    } = this.config;
    const preInitial = createMachineSnapshot({
      context: typeof context4 !== "function" && context4 ? context4 : {},
      _nodes: [this.root],
      children: {},
      status: "active"
    }, this);
    if (typeof context4 === "function") {
      const assignment = ({
        spawn,
        event,
        self: self2
      }) => context4({
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
  context: context4,
  event
}) => ({
  context: context4,
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
var isTimer = (name2) => ({ event }) => event.type === "timer" && event.name === name2;
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
    skipFence: ({ context: context4 }) => context4.skipFence,
    hasImage: ({ context: context4 }) => context4.applied >= 0 || context4.complete.length > 0
  },
  actions: {
    /** The primary's detector needs a sign of life even while a long transfer has no ack to show. */
    heartbeat: enqueueActions(({ context: context4, enqueue }) => {
      if (context4.heartbeatUs <= 0) return;
      enqueue.emit({ type: "heartbeat.send" });
      enqueue.emit({ type: "timer.set", name: HEARTBEAT, afterUs: context4.heartbeatUs });
    }),
    heardFromPrimary: emit(({ context: context4 }) => ({ type: "timer.set", name: SILENCE, afterUs: context4.detectionTimeoutUs })),
    /** Stage a part or a commit record; when the checkpoint is whole, queue it for apply. */
    stage: enqueueActions(({ context: context4, event, enqueue }) => {
      if (event.type !== "repl.part" && event.type !== "repl.commit") return;
      const s = context4.staging && context4.staging.epoch === event.epoch ? { ...context4.staging } : { epoch: event.epoch, received: 0, expected: -1 };
      if (event.type === "repl.part") s.received += 1;
      else s.expected = event.parts;
      if (context4.ackOnFirstPart && s.received === 1 && event.type === "repl.part") enqueue.emit({ type: "ack.send", epoch: s.epoch });
      if (s.expected >= 0 && s.received === s.expected) {
        enqueue.emit({ type: "checkpoint.complete", epoch: s.epoch });
        const complete2 = [...context4.complete, [s.epoch, event.pages]];
        enqueue.assign({ staging: null, complete: complete2 });
        if (context4.applying < 0) startApply(enqueue, context4, complete2);
      } else {
        enqueue.assign({ staging: s });
      }
    }),
    /** The staged pages are swapped in at this instant (atomic), then k is acknowledged. */
    finishApply: enqueueActions(({ context: context4, enqueue }) => {
      const epoch = context4.applying;
      enqueue.emit({ type: "apply", epoch });
      enqueue.emit({ type: "ack.send", epoch });
      const complete2 = context4.complete.slice(1);
      enqueue.assign({ applied: epoch, applying: -1, complete: complete2 });
      startApply(enqueue, { ...context4, applying: -1 }, complete2);
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
      entry: enqueueActions(({ context: context4, enqueue }) => {
        if (context4.heartbeatUs > 0) enqueue.emit({ type: "timer.set", name: HEARTBEAT, afterUs: context4.heartbeatUs });
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
          entry: enqueueActions(({ context: context4, enqueue }) => {
            if (!context4.skipFence) enqueue.emit({ type: "lease.claim" });
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
          entry: enqueueActions(({ context: context4, enqueue }) => {
            const last = context4.complete.length > 0 ? context4.complete[context4.complete.length - 1][0] : context4.applied;
            enqueue.emit({ type: "timer.cancel", name: APPLY });
            enqueue.emit({ type: "restore", epoch: last });
            enqueue.emit({ type: "timer.set", name: RESTORE, afterUs: context4.restoreUs });
            enqueue.assign({ restoredEpoch: last, staging: null, complete: [], applying: -1, applied: last });
          }),
          on: {
            timer: { guard: "restoreDone", target: "#backup.active" }
          }
        }
      }
    },
    active: {
      entry: emit(({ context: context4 }) => ({ type: "resume", epoch: context4.restoredEpoch }))
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
function startApply(enqueue, context4, complete2) {
  if (complete2.length === 0) return;
  const [epoch, pages] = complete2[0];
  enqueue.assign({ applying: epoch });
  enqueue.emit({ type: "timer.set", name: APPLY, afterUs: Math.max(1, Math.round(pages * context4.applyUsPerPage)) });
}

// src/memory/guest-memory.ts
var fillKnownZeros = (pages) => {
  const zero2 = pages.zero;
  if (!zero2) return pages;
  for (let i = 0; i < zero2.length; i++) if (zero2[i]) pages.data.fill(0, i * PAGE_SIZE, (i + 1) * PAGE_SIZE);
  return { indices: pages.indices, data: pages.data };
};
var GuestMemory = class {
  constructor(pages, tracked = true, bytes, stagingBuffer = unzeroed) {
    this.pages = pages;
    this.tracked = tracked;
    this.stagingBuffer = stagingBuffer;
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
  stagingBuffer;
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
    if (this.staging.length < n * PAGE_SIZE) this.staging = this.stagingBuffer(this.pages * PAGE_SIZE);
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
  evalGuard(guard, context4, event) {
    const fn3 = typeof guard === "string" ? this.guards[guard] : guard;
    if (typeof fn3 !== "function") throw new Error(`machine "${this.machine.id}": guard '${String(guard)}' is not implemented`);
    if ("check" in fn3) throw new Error(`machine "${this.machine.id}": built-in guard '${String(guard)}' is not supported by the compiled interpreter`);
    return Boolean(fn3({ context: context4, event }, void 0));
  }
  resolvedActions = /* @__PURE__ */ new Map();
  /** What to do for action `a` (an action object or the name of an implementation), resolved once. */
  resolve(a) {
    let r2 = this.resolvedActions.get(a);
    if (!r2) {
      const fn3 = typeof a === "string" ? this.actionImpls[a] : a;
      if (typeof fn3 !== "function") throw new Error(`machine "${this.machine.id}": action '${String(a)}' is not implemented`);
      if (fn3.type === "xstate.assign") r2 = { kind: "assign", value: fn3.assignment };
      else if (fn3.type === "xstate.emit") r2 = { kind: "emit", value: fn3.event };
      else if (fn3.type === "xstate.enqueueActions") r2 = { kind: "enqueue", value: fn3.collect };
      else if (fn3.type !== void 0 && fn3.type.startsWith("xstate.")) throw new Error(`machine "${this.machine.id}": action ${fn3.type} is not supported by the compiled interpreter`);
      else r2 = { kind: "plain", value: fn3 };
      this.resolvedActions.set(a, r2);
    }
    return r2;
  }
  /** XState's transitionNode: each region's innermost enabled transition; a node's own only if none below it has one. */
  select(config, node, context4, event, out) {
    if (node.type === "atomic" || node.type === "final") return this.next(node, context4, event, out);
    let found = false;
    if (node.type === "compound") {
      const child = node.children.find((c) => config.set.has(c));
      if (child) found = this.select(config, child, context4, event, out);
    } else {
      for (const child of node.children) if (config.set.has(child) && this.select(config, child, context4, event, out)) found = true;
    }
    return found || this.next(node, context4, event, out);
  }
  /** StateNode.next: the first candidate for this event type whose guard holds. */
  next(node, context4, event, out) {
    const candidates = node.x.transitions.get(event.type);
    if (!candidates) return false;
    for (const t of candidates) {
      if (t.guard === void 0 || this.evalGuard(t.guard, context4, event)) {
        out.push(this.transition(t));
        return true;
      }
    }
    return false;
  }
  /** selectEventlessTransitions: per atomic state (in configuration order), the first enabled `always` up its ancestors. */
  selectEventless(config, context4, event) {
    const enabled = /* @__PURE__ */ new Set();
    for (const atomic of config.atomics) {
      loop: for (let s = atomic; s; s = s.parent) {
        const always = s.x.always;
        if (!always) continue;
        for (const t of always) {
          if (t.guard === void 0 || this.evalGuard(t.guard, context4, event)) {
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
    const set3 = new Set(config.nodes);
    const actions = [];
    const exits = this.exitSet(transitions, config).sort((a, b) => b.order - a.order);
    for (const s of exits) {
      actions.push(...s.x.exit);
      set3.delete(s);
    }
    for (const t of transitions) actions.push(...t.actions);
    const { enter, defaultEntry } = this.entrySet(transitions);
    let done4 = false;
    for (const s of [...enter].sort((a, b) => a.order - b.order)) {
      set3.add(s);
      actions.push(...s.x.entry);
      if (defaultEntry.has(s)) actions.push(...s.x.initial.actions);
      if (s.type === "final" && s.parent === this.root) done4 = true;
    }
    const nodes = [...set3];
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
      const domain2 = this.domain(t);
      if (t.reenter && t.source === domain2) out.add(domain2);
      for (const s of config.nodes) if (isDescendant2(s, domain2)) out.add(s);
    }
    return [...out];
  }
  entrySet(transitions) {
    const enter = /* @__PURE__ */ new Set();
    const defaultEntry = /* @__PURE__ */ new Set();
    for (const t of transitions) {
      const domain2 = this.domain(t);
      for (const s of t.targets ?? []) {
        if (t.source !== s || t.source !== domain2 || t.reenter) {
          enter.add(s);
          defaultEntry.add(s);
        }
        addDescendants(s, defaultEntry, enter);
      }
      for (const s of t.targets ?? []) {
        const ancestors = properAncestors(s, domain2);
        if (domain2?.type === "parallel") ancestors.push(domain2);
        addAncestors(enter, defaultEntry, ancestors, !t.source.parent && t.reenter ? void 0 : domain2);
      }
    }
    return { enter, defaultEntry };
  }
  /** The initial microstep: enter the root's initial states from the pre-initial configuration [root]. */
  initialStep() {
    const pre2 = this.config([this.root]);
    const initial = { id: -1, source: this.root, targets: initialStateNodes(this.root), reenter: true, guard: void 0, actions: [] };
    const { enter, defaultEntry } = this.entrySet([initial]);
    defaultEntry.add(this.root);
    const set3 = new Set(pre2.nodes);
    const actions = [];
    let done4 = false;
    for (const s of [...enter].sort((a, b) => a.order - b.order)) {
      set3.add(s);
      actions.push(...s.x.entry);
      if (defaultEntry.has(s) && s.type === "compound") actions.push(...s.x.initial.actions);
      if (s.type === "final" && s.parent === this.root) done4 = true;
    }
    return { actions, next: this.config([...set3]), done: done4 };
  }
};
var CompiledActor = class {
  constructor(m, input, out, persisted) {
    this.m = m;
    if (persisted) {
      this.context = persisted.context;
      this.copier = new ContextCopier(Object.keys(this.context));
      this.config = m.configOfValue(persisted.value);
      if (this.config.done) this.status = "done";
      return;
    }
    const ctxConfig = m.machine.config.context;
    const initEvent = { type: "xstate.init", input };
    this.context = typeof ctxConfig === "function" ? Object.assign({}, ctxConfig({ input, spawn: void 0, self: void 0 })) : ctxConfig ?? {};
    this.copier = new ContextCopier(Object.keys(this.context));
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
  copier;
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
  /** resolveAndExecuteActionsWithContext, for the action kinds the machines use (each resolved once, cached by the machine). */
  run(actions, context4, event, out) {
    for (let i = 0; i < actions.length; i++) {
      const a = this.m.resolve(actions[i]);
      switch (a.kind) {
        case "assign":
          context4 = assignTo(this.copier, context4, a.value, event);
          break;
        case "emit":
          out.push(emitted(a.value, context4, event));
          break;
        case "enqueue":
          context4 = this.enqueued(a.value, context4, event, out);
          break;
        case "plain":
          ;
          a.value({ context: context4, event, self: void 0, system: void 0 }, void 0);
      }
    }
    return context4;
  }
  /**
   * enqueueActions: run `collect` with an `enqueue` that records what it asks
   * for, then perform those in order (resolveEnqueueActions). One `enqueue`
   * object serves every call; what it records goes to the innermost call.
   */
  enqueued(collect, context4, event, out) {
    const queue = [];
    const api = enqueueApi(this.m);
    const outer = api.queue;
    api.queue = queue;
    api.checkContext = context4;
    api.checkEvent = event;
    try {
      collect({ context: context4, event, enqueue: api.enqueue, check: api.check, self: void 0, system: void 0 }, void 0);
    } finally {
      api.queue = outer;
    }
    for (let i = 0; i < queue.length; i += 2) {
      const kind = queue[i];
      const value = queue[i + 1];
      if (kind === "assign") context4 = assignTo(this.copier, context4, value, event);
      else if (kind === "emit") out.push(emitted(value, context4, event));
      else context4 = this.run([value], context4, event, out);
    }
    return context4;
  }
};
var apis = /* @__PURE__ */ new WeakMap();
var enqueueApi = (m) => {
  let api = apis.get(m);
  if (!api) {
    const a = {
      queue: [],
      checkContext: {},
      checkEvent: { type: "" },
      enqueue: Object.assign((action) => void a.queue.push("action", action), {
        assign: (x) => void a.queue.push("assign", x),
        emit: (x) => void a.queue.push("emit", x)
      }),
      check: (guard) => m.evalGuard(guard, a.checkContext, a.checkEvent)
    };
    apis.set(m, api = a);
  }
  return api;
};
var assignTo = (copier, context4, assignment, event) => {
  let partial;
  if (typeof assignment === "function") partial = assignment({ context: context4, event, spawn: void 0, self: void 0, system: void 0 }, void 0);
  else {
    partial = {};
    const args2 = { context: context4, event, spawn: void 0, self: void 0, system: void 0 };
    for (const key of Object.keys(assignment)) {
      const v = assignment[key];
      partial[key] = typeof v === "function" ? v(args2, void 0) : v;
    }
  }
  const next = copier.copy(context4);
  for (const key in partial) {
    if (!(key in next)) copier.add(key);
    next[key] = partial[key];
  }
  return next;
};
var ContextCopier = class {
  constructor(keys) {
    this.keys = keys;
    this.copy = copierFor(keys);
  }
  keys;
  copy;
  add(key) {
    this.keys = [...this.keys, key];
    this.copy = copierFor(this.keys);
  }
};
var copiers = /* @__PURE__ */ new Map();
var copierFor = (keys) => {
  const id = JSON.stringify(keys);
  let f = copiers.get(id);
  if (!f) {
    const fields = keys.map((k) => `${JSON.stringify(k)}: c[${JSON.stringify(k)}]`).join(", ");
    copiers.set(id, f = new Function("c", `return { ${fields} }`));
  }
  return f;
};
var emitted = (e, context4, event) => typeof e === "function" ? e({ context: context4, event, self: void 0, system: void 0 }, void 0) : e;
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
  const set3 = new Set(nodes);
  const hasChildIn = (s) => s.children.some((c) => set3.has(c));
  for (const s of set3) {
    if (s.type === "compound" && !hasChildIn(s)) {
      for (const n of initialWithAncestors(s)) set3.add(n);
    } else if (s.type === "parallel") {
      for (const child of s.children) if (!set3.has(child)) for (const n of initialWithAncestors(child)) set3.add(n);
    }
  }
  for (const s of set3) for (let m = s.parent; m; m = m.parent) set3.add(m);
  return set3;
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
  const check3 = (after) => {
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
  check3("at start");
  return {
    send: (e) => {
      c.send(e);
      x.send(e);
      check3(`after ${JSON.stringify(e)}`);
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
  arm(name2, afterUs) {
    this.setTimer({ name: name2, afterUs });
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
    for (const h2 of this.timers.values()) this.kernel.cancel(h2);
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
  cancelTimer(name2) {
    this.kernel.cancel(this.timers.get(name2));
    this.timers.delete(name2);
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
      const r2 = next() % 10;
      const chosen = r2 < 4 ? "sparse" : r2 < 6 ? "copy" : r2 < 8 ? "text" : r2 < 9 ? "zero" : "random";
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
var checkEpochs = (epochs, pages, fail9) => {
  const seen = new Uint8Array(pages);
  epochs.forEach((e, k) => {
    if (e.data.length !== e.indices.length * PAGE_SIZE2)
      fail9(`epoch ${k} has ${plural(e.indices.length, "page")} but ${e.data.length} bytes of data (expected ${e.indices.length * PAGE_SIZE2})`);
    let prev = -1;
    for (const p of e.indices) {
      if (!Number.isInteger(p) || p < 0 || p >= pages) fail9(`epoch ${k}: page number ${p} is out of range (pages: ${pages})`);
      if (p <= prev) fail9(`epoch ${k}: page numbers are not strictly ascending (${p} after ${prev})`);
      seen[p] = 1;
      prev = p;
    }
  });
  const missing = seen.indexOf(0);
  if (missing >= 0) fail9(`header says ${plural(pages, "page")} but page ${missing} appears in no epoch`);
};
var decodeRecording = (bytes, source = "recording") => {
  const fail9 = (msg) => {
    throw new RecordingError(`${source}: ${msg}`);
  };
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (file.length < MAGIC.length || !file.subarray(0, MAGIC.length).equals(MAGIC)) {
    if (file.length < MAGIC.length && MAGIC.subarray(0, file.length).equals(file)) fail9(`truncated (${plural(file.length, "byte")}, not even the magic)`);
    fail9(`not an epochlab recording (bad magic; expected "EPLREC1\\n")`);
  }
  let body;
  try {
    body = inflateSync(file.subarray(MAGIC.length));
  } catch (e) {
    const why = (e.message || String(e)).split("\n")[0];
    return fail9(`compressed body is damaged or truncated (zlib: ${why})`);
  }
  if (body.length < 4) fail9("truncated before the header length");
  const headerLength = body.readUInt32LE(0);
  if (body.length < 4 + headerLength) fail9(`header is truncated (expected ${headerLength} bytes, found ${body.length - 4})`);
  let raw;
  try {
    raw = JSON.parse(body.toString("utf8", 4, 4 + headerLength));
  } catch {
    fail9("header is not valid JSON");
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return fail9("header is not a JSON object");
  const h2 = raw;
  if (h2.format !== FORMAT) fail9(`header format is ${JSON.stringify(h2.format)}, expected "${FORMAT}"`);
  if (h2.version !== VERSION) fail9(`unsupported version ${JSON.stringify(h2.version)} (this epochlab reads version ${VERSION})`);
  if (!Array.isArray(h2.command) || !h2.command.every((c) => typeof c === "string")) fail9("header command must be an array of strings");
  if (typeof h2.intervalMs !== "number" || !Number.isFinite(h2.intervalMs) || h2.intervalMs <= 0)
    fail9(`header intervalMs must be a positive number, got ${JSON.stringify(h2.intervalMs)}`);
  if (h2.pageSize !== PAGE_SIZE2) fail9(`header pageSize is ${JSON.stringify(h2.pageSize)}, only ${PAGE_SIZE2} is supported`);
  const isCount = (v) => typeof v === "number" && Number.isSafeInteger(v) && v >= 0 && v <= 2147483647;
  if (!isCount(h2.pages)) fail9(`header pages must be a non-negative integer, got ${JSON.stringify(h2.pages)}`);
  if (!METHODS.includes(h2.method)) fail9(`header method must be "soft-dirty" or "compare", got ${JSON.stringify(h2.method)}`);
  if (!isCount(h2.epochs) || h2.epochs < 1) fail9(`header epochs must be a positive integer, got ${JSON.stringify(h2.epochs)}`);
  const header = h2;
  const epochs = [];
  let at = 4 + headerLength;
  for (let k = 0; k < header.epochs; k++) {
    if (body.length - at < 4) fail9(`epoch ${k} is missing (header says ${plural(header.epochs, "epoch")}, found ${k})`);
    const count = body.readUInt32LE(at);
    at += 4;
    if (count > header.pages) fail9(`epoch ${k} claims ${plural(count, "page")}, more than the ${header.pages} in the recording`);
    if (body.length - at < count * 4)
      fail9(`epoch ${k} is truncated (expected ${count * 4} bytes of page numbers, found ${body.length - at})`);
    const indices = new Int32Array(count);
    for (let i = 0, prev = -1; i < count; i++, at += 4) {
      const p = body.readUInt32LE(at);
      if (p >= header.pages) fail9(`epoch ${k}: page number ${p} is out of range (pages: ${header.pages})`);
      if (p <= prev) fail9(`epoch ${k}: page numbers are not strictly ascending (${p} after ${prev})`);
      indices[i] = prev = p;
    }
    const size = count * PAGE_SIZE2;
    if (body.length - at < size) fail9(`epoch ${k} is truncated (expected ${size} bytes of page data, found ${body.length - at})`);
    epochs.push({ indices, data: new Uint8Array(body.buffer, body.byteOffset + at, size) });
    at += size;
  }
  if (at !== body.length) fail9(`${plural(body.length - at, "unexpected byte")} after the last epoch`);
  checkEpochs(epochs, header.pages, fail9);
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
    const free = this.state.block.indexOf(-1);
    if (free >= 0) return free;
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
    const cache3 = params.files ? { cache: emptyCache(Math.floor(memory.pages * params.files.cacheShare)) } : {};
    const guest = new _Guest(memory, vcpu, { conns: {}, ...cache3 }, params, hostNonce, io);
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
  fileOps(cache3, files) {
    const io = this.io;
    const state = cache3.state;
    const hotBlocks = Math.max(1, Math.ceil(files.blocks / 5));
    const opUs = this.params.tickUs / files.opsPerTick;
    state.credit = Math.min(state.credit + this.params.tickUs, 2 * this.params.tickUs);
    while (state.credit >= opUs) {
      const block = this.next() % 10 < 8 ? this.next() % hotBlocks : this.next() % files.blocks;
      const hit = (this.next() >>> 0) / 4294967296 < files.writeShare ? cache3.write(block, this.next() & 1023, this.next(), io) : cache3.read(block, io);
      state.credit -= opUs + (hit ? 0 : files.missUs);
      state.ops++;
    }
    const now = this.vcpu.ticks * this.params.tickUs;
    const due = (every) => Math.floor(now / every) > Math.floor((now - this.params.tickUs) / every);
    if (due(files.writebackUs)) cache3.writeBack(io);
    if (files.softHintUs && due(files.softHintUs)) io.softHint?.(cache3.softPages());
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
    const scratch2 = this.scratch;
    this.scratch = void 0;
    const body = this.respond(client, seq);
    this.scratch = scratch2;
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
    const span2 = this.params.maxResponseBytes - this.params.minResponseBytes + 1;
    const len = this.params.minResponseBytes + this.next() % span2;
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
  /**
   * Where respond() and bulk() put their bytes when the caller copies them at
   * once (the TCP stack into its send buffer): reused, no allocation per write.
   */
  scratch = new Int32Array(0);
  /** `len` bytes of output, from the service's state, `seq` and the host's nondeterminism; the service state page records them. */
  produce(seq, len) {
    const nonce = this.hostNonce.u32();
    let x = this.memory.readWord(STATE_PAGE, 1) ^ Math.imul(seq, 2654435761) ^ nonce | 0 || 1;
    const n = len + 3 >> 2;
    if (this.scratch && this.scratch.length < n) this.scratch = new Int32Array(Math.max(n, 2 * this.scratch.length));
    const words = this.scratch ? this.scratch.subarray(0, n) : new Int32Array(n);
    const buffer = words.buffer;
    for (let i = 0; i < n; i++) {
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
    const r2 = this.vcpu.rng;
    let t = r2[3];
    const s = r2[0];
    r2[3] = r2[2];
    r2[2] = r2[1];
    r2[1] = s;
    t ^= t << 11;
    t ^= t >>> 8;
    r2[0] = (t ^ s ^ s >>> 19) >>> 0;
    return r2[0];
  }
};
var traceOf = (memory) => memory.startsWith("trace:") ? TraceReplay.load(memory.slice("trace:".length)) : void 0;
var stateDigest = (memoryDigest, vcpu, device) => `${memoryDigest}:${hashString(JSON.stringify(vcpu))}:${hashString(JSON.stringify(device, (_k, v) => v instanceof Uint8Array ? hashBytes(v) : v))}`;
var stateWireBytes = (state) => {
  let buffers = 0;
  const json2 = JSON.stringify(state, (_k, v) => {
    if (!(v instanceof Uint8Array)) return v;
    buffers += v.length;
    return 0;
  });
  return json2.length + buffers;
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
var copyOf = (s) => ({
  mss: s.mss,
  cc: s.cc,
  minRtoUs: s.minRtoUs,
  maxRtoUs: s.maxRtoUs,
  initialRtoUs: s.initialRtoUs,
  sndUna: s.sndUna,
  sndNxt: s.sndNxt,
  sndMax: s.sndMax,
  writeEnd: s.writeEnd,
  rwnd: s.rwnd,
  maxRwnd: s.maxRwnd,
  cwnd: s.cwnd,
  ssthresh: s.ssthresh,
  dupAcks: s.dupAcks,
  inRecovery: s.inRecovery,
  recover: s.recover,
  partialAcked: s.partialAcked,
  srttUs: s.srttUs,
  rttvarUs: s.rttvarUs,
  rtoUs: s.rtoUs,
  timeouts: s.timeouts,
  timed: s.timed,
  rtoArmed: s.rtoArmed,
  persistArmed: s.persistArmed,
  probes: s.probes,
  speculative: s.speculative,
  resumesStream: s.resumesStream
});
var flightSize = (s) => s.sndNxt - s.sndUna;
var write = (s0, now, bytes) => {
  if (bytes <= 0) return { s: s0, out: [] };
  const s = copyOf(s0);
  s.writeEnd += bytes;
  const out = [];
  transmit(s, out, now);
  settleTimers(s, out, false);
  return { s, out };
};
var receiveAck = (s0, a) => {
  if (a.ack < s0.sndUna || a.ack > (s0.resumesStream ? Math.max(s0.sndMax, s0.writeEnd) : s0.sndMax)) return { s: s0, out: [] };
  const s = copyOf(s0);
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
  const s = copyOf(s0);
  s.rtoArmed = false;
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
  const s = copyOf(s0);
  s.persistArmed = false;
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
var sampleRtt = (s, r2) => {
  if (s.srttUs < 0) {
    s.srttUs = r2;
    s.rttvarUs = r2 / 2;
  } else {
    s.rttvarUs = 0.75 * s.rttvarUs + 0.25 * Math.abs(s.srttUs - r2);
    s.srttUs = 0.875 * s.srttUs + 0.125 * r2;
  }
};
var baseRto = (s) => {
  if (s.srttUs < 0) return s.initialRtoUs;
  const rto = Math.ceil(s.srttUs + Math.max(CLOCK_GRANULARITY_US, 4 * s.rttvarUs));
  return Math.min(s.maxRtoUs, Math.max(s.minRtoUs, rto));
};

// machines/tcp-receive.ts
var copyOf2 = (r2) => ({
  mss: r2.mss,
  receiveBufferBytes: r2.receiveBufferBytes,
  delayedAckUs: r2.delayedAckUs,
  rcvNxt: r2.rcvNxt,
  held: r2.held,
  rightEdge: r2.rightEdge,
  lastAck: r2.lastAck,
  delackArmed: r2.delackArmed
});
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
var heldBytes = (r2) => r2.held.reduce((n, [s, e]) => n + e - s, 0);
var advertisedWindow = (r2) => Math.max(r2.receiveBufferBytes - heldBytes(r2), r2.rightEdge - r2.rcvNxt);
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
  const r2 = copyOf2(r0);
  const out = [];
  const from = Math.max(seq, r2.rcvNxt);
  const to = Math.min(seq + len, r2.rcvNxt + r2.receiveBufferBytes);
  let immediate;
  if (to <= from) {
    immediate = true;
  } else if (from > r2.rcvNxt) {
    r2.held = insertRange(r2.held, from, to);
    immediate = true;
  } else {
    const hadHole = r2.held.length > 0;
    const start = r2.rcvNxt;
    r2.rcvNxt = to;
    const rest = [...r2.held];
    while (rest.length > 0 && rest[0][0] <= r2.rcvNxt) r2.rcvNxt = Math.max(r2.rcvNxt, rest.shift()[1]);
    r2.held = rest;
    out.push({ type: "deliver", offset: start, len: r2.rcvNxt - start });
    immediate = hadHole;
  }
  if (immediate || r2.delayedAckUs <= 0 || r2.rcvNxt - r2.lastAck >= 2 * r2.mss) sendAck(r2, out);
  else if (!r2.delackArmed) {
    r2.delackArmed = true;
    out.push({ type: "timer.set", name: DELACK_TIMER, afterUs: r2.delayedAckUs });
  }
  return { r: r2, out };
};
var delayedAckTimer = (r0) => {
  if (!r0.delackArmed) return { r: r0, out: [] };
  const r2 = copyOf2(r0);
  r2.delackArmed = false;
  const out = [];
  if (r2.rcvNxt > r2.lastAck) sendAck(r2, out);
  return { r: r2, out };
};
var sendAck = (r2, out) => {
  const window2 = advertisedWindow(r2);
  r2.rightEdge = r2.rcvNxt + window2;
  r2.lastAck = r2.rcvNxt;
  out.push({ type: "ack.send", ack: r2.rcvNxt, window: window2 });
  if (r2.delackArmed) {
    r2.delackArmed = false;
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
    step: enqueueActions(({ context: context4, event, enqueue }) => {
      const { ctx, out } = tcpStep(context4, event);
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
      { always: phases.filter((p) => p !== phase).map((p) => ({ guard: ({ context: context4 }) => senderPhase(context4.sender) === p, target: p })) }
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
  constructor(initial = new Uint8Array(0), chunk = 1 << 16) {
    this.chunk = chunk;
    this.append(initial);
  }
  chunk;
  chunks = [];
  /** Stream offset (counted as `total` is) of each chunk's first byte. */
  starts = [];
  /** Bytes dropped from the front, and bytes ever appended, counted from the first chunk held. */
  head = 0;
  total = 0;
  get length() {
    return this.total - this.head;
  }
  /** Append a copy of `bytes` (the caller may reuse its buffer). */
  append(bytes) {
    let from = 0;
    while (from < bytes.length) {
      const last = this.chunks.length - 1;
      let room = last >= 0 ? this.chunk - (this.total - this.starts[last]) : 0;
      if (room === 0) {
        this.chunks.push(new Uint8Array(this.chunk));
        this.starts.push(this.total);
        room = this.chunk;
      }
      const n = Math.min(room, bytes.length - from);
      const c = this.chunks.length - 1;
      this.chunks[c].set(bytes.subarray(from, from + n), this.total - this.starts[c]);
      this.total += n;
      from += n;
    }
  }
  /** Forget the first `n` bytes. */
  drop(n) {
    this.head = Math.min(this.total, this.head + n);
    let gone = 0;
    while (gone < this.chunks.length - 1 && this.starts[gone + 1] <= this.head) gone++;
    if (gone === 0) return;
    this.chunks.splice(0, gone);
    this.starts.splice(0, gone);
    const base = this.starts[0];
    for (let i = 0; i < this.starts.length; i++) this.starts[i] -= base;
    this.head -= base;
    this.total -= base;
  }
  /** Bytes [from, from + len) counted from the front: a view when they lie in one chunk (never written again), else a copy. */
  copy(from, len) {
    const lo = this.head + from;
    const hi = Math.min(this.total, lo + len);
    if (hi <= lo) return new Uint8Array(0);
    let i = this.chunkAt(lo);
    const at = lo - this.starts[i];
    if (hi - this.starts[i] <= this.chunk) return this.chunks[i].subarray(at, at + (hi - lo));
    const out = new Uint8Array(hi - lo);
    for (let pos = lo; pos < hi; i++) {
      const off = pos - this.starts[i];
      const n = Math.min(this.chunk - off, hi - pos);
      out.set(this.chunks[i].subarray(off, off + n), pos - lo);
      pos += n;
    }
    return out;
  }
  /** A copy of everything held. */
  toBytes() {
    return this.copy(0, this.length).slice();
  }
  /** The chunk holding offset `at` (binary search). */
  chunkAt(at) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
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
        frames: saved ? saved.frames.map(([e, r2]) => [e, r2]) : [],
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
      out[c.client] = { machine: c.actor.persisted(), bufStart: c.bufStart, bytes: c.bytes.toBytes(), frames: c.frames.map(([e, r2]) => [e, r2]), received: c.received, requests: c.requests };
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
        const r2 = conn.actor.context.receiver;
        this.out({ client: conn.client, offset: cmd.seq, len: bytes.length, reqSeq: frame[1], respEnd: frame[0], producedAt: now, bytes, epoch: -1, retransmit: cmd.retransmit, ack: r2.lastAck, window: r2.rightEdge - r2.lastAck });
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
    let last = -1;
    for (let i = this.indexOf(from); i < this.packets.length && this.packets[i].offset < from + len; i++) {
      const p = this.packets[i];
      const lo = Math.max(from, p.offset);
      const hi = Math.min(from + len, p.offset + p.len);
      bytes.set(p.bytes.subarray(lo - p.offset, hi - p.offset), lo - from);
      first ??= p;
      epoch = Math.max(epoch, p.epoch);
      last = Math.max(last, p.lastProducedAt ?? p.producedAt);
      respEnd = p.respEnd;
      reqSeq = p.reqSeq;
    }
    const producedAt = first?.producedAt ?? this.sim.now;
    return { client: this.client, offset: from, len, reqSeq, respEnd, producedAt, ...last > producedAt ? { lastProducedAt: last } : {}, bytes, epoch, retransmit };
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
    return Object.fromEntries([...this.relays].map(([c, r2]) => [c, r2.acked]));
  }
  /** With speculation: per client, the bytes this hypervisor owns, from what the client acknowledged to what the guest was told is acknowledged. */
  owes() {
    return Object.fromEntries([...this.relays].map(([c, r2]) => [c, [r2.acked, this.accepted.get(c)]]));
  }
  stop() {
    for (const r2 of this.relays.values()) r2.stop();
  }
  owned() {
    let n = 0;
    for (const [client, next] of this.accepted) n += next - (this.relays.get(client)?.acked ?? 0);
    return n;
  }
  ackGuest(client) {
    const window2 = this.clientWindow.get(client) ?? this.params.clientReceiveBufferBytes;
    const free = Math.max(0, this.params.specBufferBytes - this.owned());
    this.stack?.speculativeAck(client, this.accepted.get(client), window2, free);
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
  constructor(kernel, params, link, network, record2, injector, storage, share) {
    this.kernel = kernel;
    this.params = params;
    this.link = link;
    this.network = network;
    this.record = record2;
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
  /** The messages the backup reacts to, for the protocol (test/sabotage.test.ts deletes each reaction in turn). */
  static handles = ["repl.msg:part", "repl.msg:commit", "timer", "link.down", "storage.claim-done", "client.request", "client.packet"];
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
  /** Crash-stop (the fault injector's doing, or another VM's backup on this host crashing). */
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
    for (const p of parts2) if (p.kind === "pages") this.kernel.recycle(p.records);
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
  applyHeader(epoch, h2) {
    this.vcpu = h2.vcpu;
    this.device = h2.device;
    this.owed.set(epoch, { packets: h2.output, writes: h2.disk });
    if (h2.soft.length) this.filtering = true;
    for (const p of h2.soft) this.hold(p, false);
    if (h2.clientAcked) this.clientAcked = h2.clientAcked;
    for (const [e, o] of [...this.owed]) {
      if (e > h2.releasedThrough) continue;
      if (!h2.clientAcked) {
        this.owed.delete(e);
        continue;
      }
      o.writes = [];
      o.packets = o.packets.filter((p) => p.len > 0 && p.offset + p.len > (h2.clientAcked[p.client] ?? 0));
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
        this.link.observeClaim("backup");
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
    const cache3 = device.cache;
    if (!cache3) return [];
    const first = this.params.pages - cache3.block.length;
    const rebuilt = [];
    for (let s = 0; s < cache3.block.length; s++) {
      const page = first + s;
      if (this.held[page] || cache3.block[s] < 0) continue;
      this.image.writable(page).set(this.diskIo.read(cache3.block[s]).subarray(0, PAGE_SIZE));
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
    const free = this.capacityPages - this.admitted.reduce((n, m) => n + m.reservePages, 0);
    const admitted = reserved + headroom <= this.capacityPages;
    const reason = admitted ? `reserved ${reservePages} pages; ${this.capacityPages - reserved} of ${this.capacityPages} left, ${headroom} kept for one failover` : `backup full: ${vm} needs ${reservePages} pages and ${headroom} must stay free for one failover, but only ${free} of ${this.capacityPages} are not reserved`;
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
    responseComplete: ({ context: context4, event }) => {
      if (event.type !== "segment") return false;
      const end = event.reqSeq === context4.seq ? event.respEnd : context4.expectEnd;
      return end >= 0 && event.receivedThrough >= end;
    },
    moreToSend: ({ context: context4 }) => context4.maxRequests <= 0 || context4.completed < context4.maxRequests
  },
  actions: {
    noteSegment: assign(
      ({ context: context4, event }) => event.type !== "segment" ? {} : {
        receivedThrough: Math.max(context4.receivedThrough, event.receivedThrough),
        expectEnd: event.reqSeq === context4.seq ? event.respEnd : context4.expectEnd
      }
    ),
    think: emit(({ context: context4 }) => ({ type: "timer.set", name: THINK, afterUs: context4.thinkUs }))
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
            assign({ seq: ({ context: context4 }) => context4.seq + 1, expectEnd: -1, rtoUs: ({ context: context4 }) => context4.minRtoUs }),
            emit(({ context: context4 }) => ({ type: "request.send", seq: context4.seq, retransmit: false })),
            emit(({ context: context4 }) => ({ type: "timer.set", name: RTO, afterUs: context4.rtoUs }))
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
            actions: ["noteSegment", assign({ completed: ({ context: context4 }) => context4.completed + 1 }), emit({ type: "timer.cancel", name: RTO })]
          },
          { actions: "noteSegment" }
        ],
        timer: {
          guard: "rtoFired",
          actions: enqueueActions(({ context: context4, enqueue }) => {
            const rtoUs = Math.min(context4.maxRtoUs, context4.rtoUs * 2);
            enqueue.assign({ rtoUs, retransmits: context4.retransmits + 1 });
            enqueue.emit({ type: "request.send", seq: context4.seq, retransmit: true });
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
    const fresh2 = offset >= this.highWater;
    let conflict = -1;
    for (let at = offset; at < end; ) {
      const c = Math.floor(at / CHUNK);
      const from = at - c * CHUNK;
      const n = Math.min(end - at, CHUNK - from);
      const bytes = this.bytes[c] ??= new Uint8Array(CHUNK);
      const have = this.have[c] ??= new Uint8Array(CHUNK);
      const src = at - offset;
      if (fresh2) {
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
      const r2 = this.tcp.context.receiver;
      this.network.packetToVm({ client: this.id, seq: cmd.seq, len: cmd.len, ack: r2.lastAck, window: r2.rightEdge - r2.lastAck });
    }
  }
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
    transmit: enqueueActions(({ context: context4, event, enqueue }) => {
      if (event.type !== "send") return;
      const nth = context4.sent[event.from] + 1;
      const t = linkTiming(
        {
          now: event.now,
          from: event.from,
          bytes: event.bytes,
          nth,
          bytesPerSecond: context4.bytesPerSecond,
          latencyUs: context4.latencyUs,
          busyUntil: context4.busyUntil[event.from],
          lastArrival: context4.lastArrival[event.from]
        },
        context4.faults
      );
      const m = { id: event.msgId, from: event.from, to: event.to, bytes: event.bytes, departAt: t.departAt, lastTxAt: t.lastTxAt, arriveAt: t.arriveAt };
      enqueue.assign({
        busyUntil: { ...context4.busyUntil, [event.from]: t.busyUntil },
        lastArrival: { ...context4.lastArrival, [event.from]: t.arriveAt },
        sent: { ...context4.sent, [event.from]: nth },
        inFlight: [...context4.inFlight, m]
      });
      enqueue.emit({ type: "arrival.schedule", msgId: m.id, at: m.arriveAt });
      for (const fault of t.acted) enqueue.emit({ type: "fault.acted", fault, msgId: m.id });
    }),
    forward: enqueueActions(({ context: context4, event, enqueue }) => {
      if (event.type !== "arrive") return;
      const m = context4.inFlight.find((x) => x.id === event.msgId);
      if (!m) return;
      enqueue.assign({ inFlight: context4.inFlight.filter((x) => x !== m), delivered: context4.delivered + 1 });
      enqueue.emit({ type: "forward", msgId: m.id, to: m.to });
    }),
    dropAll: enqueueActions(({ context: context4, enqueue }) => {
      enqueue.assign({ inFlight: [], dropped: context4.dropped + context4.inFlight.length });
      for (const m of context4.inFlight) enqueue.emit({ type: "drop", msgId: m.id, reason: "disconnect" });
      enqueue.emit({ type: "connection.lost" });
    }),
    // Bytes not yet on the wire die with their sender; anything bound for a dead host is lost.
    dropForCrash: enqueueActions(({ context: context4, event, enqueue }) => {
      if (event.type !== "endpoint.crash") return;
      const firstLost = context4.inFlight.findIndex((m) => m.from === event.host && m.lastTxAt > event.now);
      const lost = (m) => m.to === event.host || m.from === event.host && firstLost >= 0 && context4.inFlight.indexOf(m) >= firstLost;
      const gone = context4.inFlight.filter(lost);
      enqueue.assign({ inFlight: context4.inFlight.filter((m) => !lost(m)), dropped: context4.dropped + gone.length });
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
            assign({ dropped: ({ context: context4 }) => context4.dropped + 1 })
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
  /** What the wire last handed each host, and whether it saw the connection fail: the observer behind no-spurious-failover. */
  lastDelivered = { primary: -1, backup: -1 };
  connectionLost = false;
  /** Hand a message to the sender's socket. Delivery happens as kernel events. */
  send(from, to, bytes, message) {
    const msgId = this.nextId++;
    this.payloads.set(msgId, message);
    this.kernel.schedule(this.kernel.now, this.id, { type: "send", msgId, from, to, bytes, kind: message.kind, epoch: message.epoch });
  }
  /** Segments each host has sent so far (for Reach). */
  get sentCounts() {
    return { ...this.machine.context().sent };
  }
  /**
   * `host` is claiming the activation record now: record, as the wire saw it,
   * how long its peer had been silent to it and whether the connection had
   * failed (the host's own account of why it claims is not evidence).
   */
  observeClaim(host) {
    const last = this.lastDelivered[host];
    this.kernel.observe({ kind: "claim", host, silentUs: last < 0 ? this.kernel.now : this.kernel.now - last, connectionLost: this.connectionLost });
  }
  /** The replication connection breaks for good (fault link-disconnect, applied by the injector). */
  disconnect() {
    this.machine.send({ type: "disconnect", now: this.kernel.now });
  }
  deliver(event) {
    this.machine.send(atNow(event, this.kernel.now));
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
        if (!message) return;
        this.kernel.schedule(this.kernel.now, cmd.to, { type: "repl.msg", kind: message.kind, epoch: message.epoch, message });
        this.lastDelivered[cmd.to] = this.kernel.now;
        return;
      }
      case "drop":
        this.payloads.delete(cmd.msgId);
        return;
      case "fault.acted":
        this.kernel.observe({ kind: "fault-acted", fault: cmd.fault });
        return;
      case "connection.lost":
        this.connectionLost = true;
        this.kernel.observe({ kind: "fault-acted", fault: "link-disconnect" });
        for (const host of ["primary", "backup"]) this.kernel.schedule(this.kernel.now, host, { type: "link.down" });
        return;
    }
  }
};
var atNow = (e, now) => {
  switch (e.type) {
    case "send":
      return { type: "send", now, msgId: e.msgId, from: e.from, to: e.to, bytes: e.bytes };
    case "arrive":
      return { type: "arrive", now, msgId: e.msgId };
    case "endpoint.crash":
      return { type: "endpoint.crash", now, host: e.host };
    case "disconnect":
    case "reconnect":
      return { type: e.type, now };
  }
};

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
var constant2 = (value) => () => value;
var constTrue = /* @__PURE__ */ constant2(true);
var constFalse = /* @__PURE__ */ constant2(false);
var constUndefined = /* @__PURE__ */ constant2(void 0);
var constVoid = constUndefined;

// node_modules/effect/dist/Cause.js
var Cause_exports = {};
__export(Cause_exports, {
  AsyncFiberError: () => AsyncFiberError2,
  AsyncFiberErrorTypeId: () => AsyncFiberErrorTypeId2,
  Done: () => Done2,
  DoneTypeId: () => DoneTypeId2,
  ExceededCapacityError: () => ExceededCapacityError2,
  ExceededCapacityErrorTypeId: () => ExceededCapacityErrorTypeId2,
  IllegalArgumentError: () => IllegalArgumentError2,
  IllegalArgumentErrorTypeId: () => IllegalArgumentErrorTypeId2,
  InterruptorStackTrace: () => InterruptorStackTrace2,
  NoSuchElementError: () => NoSuchElementError2,
  NoSuchElementErrorTypeId: () => NoSuchElementErrorTypeId2,
  ReasonTypeId: () => ReasonTypeId,
  StackTrace: () => StackTrace,
  TimeoutError: () => TimeoutError2,
  TimeoutErrorTypeId: () => TimeoutErrorTypeId2,
  TypeId: () => TypeId5,
  UnknownError: () => UnknownError2,
  UnknownErrorTypeId: () => UnknownErrorTypeId2,
  annotate: () => annotate,
  annotations: () => annotations,
  combine: () => combine2,
  die: () => die2,
  done: () => done2,
  empty: () => empty3,
  fail: () => fail5,
  filterInterruptors: () => filterInterruptors,
  findDefect: () => findDefect2,
  findDie: () => findDie2,
  findError: () => findError2,
  findErrorOption: () => findErrorOption2,
  findFail: () => findFail2,
  findInterrupt: () => findInterrupt2,
  fromReasons: () => fromReasons,
  hasDies: () => hasDies2,
  hasFails: () => hasFails2,
  hasInterrupts: () => hasInterrupts2,
  hasInterruptsOnly: () => hasInterruptsOnly2,
  interrupt: () => interrupt2,
  interruptors: () => interruptors,
  isAsyncFiberError: () => isAsyncFiberError2,
  isCause: () => isCause2,
  isDieReason: () => isDieReason2,
  isDone: () => isDone2,
  isExceededCapacityError: () => isExceededCapacityError2,
  isFailReason: () => isFailReason2,
  isIllegalArgumentError: () => isIllegalArgumentError2,
  isInterruptReason: () => isInterruptReason2,
  isNoSuchElementError: () => isNoSuchElementError2,
  isReason: () => isReason,
  isTimeoutError: () => isTimeoutError2,
  isUnknownError: () => isUnknownError2,
  makeDieReason: () => makeDieReason,
  makeFailReason: () => makeFailReason,
  makeInterruptReason: () => makeInterruptReason2,
  map: () => map3,
  pretty: () => pretty,
  prettyErrors: () => prettyErrors,
  reasonAnnotations: () => reasonAnnotations2,
  squash: () => squash
});

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
var hasProperty = /* @__PURE__ */ dual(2, (self2, property2) => isObjectKeyword(self2) && property2 in self2);
var isTagged = /* @__PURE__ */ dual(2, (self2, tag) => hasProperty(self2, "_tag") && self2["_tag"] === tag);
function isIterable(input) {
  return hasProperty(input, Symbol.iterator) || isString(input);
}

// node_modules/effect/dist/Hash.js
var symbol = "~effect/Hash";
var hash2 = (self2) => {
  switch (typeof self2) {
    case "number":
      return number(self2);
    case "bigint":
      return string2(self2.toString(10));
    case "string":
      return string2(self2);
    case "function":
    case "object": {
      if (self2 === null) {
        break;
      } else if (self2 instanceof Date) {
        if (Number.isNaN(self2.getTime())) {
          return string2("Invalid Date");
        }
        return string2(self2.toISOString());
      } else if (self2 instanceof RegExp) {
        return string2(self2.toString());
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
          return string2("[Circular]");
        }
        visitedObjects.add(self2);
        const seen = backEdges;
        let h2;
        try {
          if (symbol in self2) {
            h2 = self2[symbol]();
          } else if (typeof self2 === "function") {
            h2 = random(self2);
          } else if (self2 instanceof DataView) {
            h2 = array2(viewBytes(self2));
          } else if (Array.isArray(self2) || ArrayBuffer.isView(self2)) {
            h2 = array2(self2);
          } else if (self2 instanceof Map) {
            h2 = hashMap(self2);
          } else if (self2 instanceof Set) {
            h2 = hashSet(self2);
          } else {
            h2 = structure(self2);
          }
        } finally {
          visitedObjects.delete(self2);
        }
        if (seen === backEdges) {
          hashCache.set(self2, h2);
        }
        return h2;
      }
    }
  }
  return optimize(mix(string2(String(self2))));
};
var random = (self2) => {
  if (!randomHashCache.has(self2)) {
    randomHashCache.set(self2, optimize(Math.random() * 4294967296 | 0));
  }
  return randomHashCache.get(self2);
};
var mix = (h2) => {
  h2 ^= h2 >>> 16;
  h2 = Math.imul(h2, 2246822507);
  h2 ^= h2 >>> 13;
  h2 = Math.imul(h2, 3266489909);
  return h2 ^ h2 >>> 16;
};
var combine = /* @__PURE__ */ dual(2, (self2, b) => mix(Math.imul(self2, 2654435761) + Math.imul(b, 2246822507)));
var optimize = (n) => n & 3221225471 | n >>> 1 & 1073741824;
var float64 = /* @__PURE__ */ new DataView(/* @__PURE__ */ new ArrayBuffer(8));
var number = (n) => {
  const h2 = n | 0;
  if (h2 === n) {
    return optimize(h2);
  }
  float64.setFloat64(0, n !== n ? NaN : n);
  return optimize(combine(float64.getInt32(0), float64.getInt32(4)));
};
var string2 = (str) => {
  let h2 = 5381, i = str.length;
  while (i) {
    h2 = h2 * 33 ^ str.charCodeAt(--i);
  }
  return optimize(h2);
};
var structureKeys = (o, keys) => {
  let h2 = 12289;
  for (const key of keys) {
    h2 ^= combine(hash2(key), hash2(o[key]));
  }
  return optimize(h2);
};
var structure = (o) => structureKeys(o, getAllObjectKeys(o));
var unordered = (seed, f) => (iter) => {
  let h2 = seed;
  for (const element of iter) {
    h2 ^= f(element);
  }
  return optimize(h2);
};
var array2 = (arr) => {
  let h2 = 6151;
  for (const element of arr) {
    h2 = combine(h2, hash2(element));
  }
  return optimize(h2);
};
var hashMap = /* @__PURE__ */ unordered(/* @__PURE__ */ string2("Map"), ([k, v]) => combine(hash2(k), hash2(v)));
var setSeed = /* @__PURE__ */ string2("Set");
var hashSet = /* @__PURE__ */ unordered(setSeed, (element) => combine(setSeed, hash2(element)));
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
  if (hash2(self2) !== hash2(that)) {
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
    return compareHashed(self2, that, hash2, compareBoth);
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
    const h2 = hashOf(item);
    const group = groups.get(h2);
    if (group) group.push(item);
    else groups.set(h2, [item]);
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
var entryHash = (entry) => hash2(entry[0]);
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
        const s = safeToString2(v);
        output = v instanceof Error && v.cause !== void 0 ? `${s} (cause: ${recur(v.cause, d)})` : s;
      } else if (Symbol.iterator in v) {
        output = `${v.constructor.name}(${recur(Array.from(v), d)})`;
      } else {
        const keys = ownKeys(v);
        if (!gap || keys.length <= 1) {
          const body = `{${keys.map((k) => `${formatPropertyKey(k)}:${recur(safeGet2(v, k), d)}`).join(",")}}`;
          output = wrap(v, body);
        } else {
          const body = `{
${keys.map((k) => `${ind(d + 1)}${formatPropertyKey(k)}: ${recur(safeGet2(v, k), d + 1)}`).join(",\n")}
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
function formatPropertyKey(name2) {
  return typeof name2 === "string" ? JSON.stringify(name2) : String(name2);
}
function formatDate(date2) {
  try {
    return date2.toISOString();
  } catch {
    return "Invalid Date";
  }
}
function safeToString2(input) {
  try {
    const s = input.toString();
    return typeof s === "string" ? s : String(s);
  } catch {
    return "[toString threw]";
  }
}
function safeGet2(input, key) {
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
function hasGetter(object2) {
  for (const key of Object.getOwnPropertyNames(object2)) {
    if (Object.getOwnPropertyDescriptor(object2, key)?.get !== void 0) {
      return true;
    }
  }
  return false;
}
function isJsonPrimitiveWrapper(object2) {
  for (const valueOf of [Number.prototype.valueOf, Boolean.prototype.valueOf, String.prototype.valueOf]) {
    try {
      Reflect.apply(valueOf, object2, []);
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
var isCauseReason = (self2) => hasProperty(self2, CauseReasonTypeId);
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
    return array2(this.reasons);
  }
};
var annotationsMap = /* @__PURE__ */ new WeakMap();
var ReasonBase = class {
  [CauseReasonTypeId];
  annotations;
  _tag;
  constructor(_tag, annotations2, originalError) {
    this[CauseReasonTypeId] = CauseReasonTypeId;
    this._tag = _tag;
    if (annotations2 !== constEmptyAnnotations && typeof originalError === "object" && originalError !== null && annotations2.size > 0) {
      const prevAnnotations = annotationsMap.get(originalError);
      if (prevAnnotations) {
        annotations2 = new Map([...prevAnnotations, ...annotations2]);
      }
      annotationsMap.set(originalError, annotations2);
    }
    this.annotations = annotations2;
  }
  annotate(annotations2, options) {
    if (annotations2.mapUnsafe.size === 0) return this;
    const newAnnotations = new Map(this.annotations);
    annotations2.mapUnsafe.forEach((value, key) => {
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
  constructor(error, annotations2 = constEmptyAnnotations) {
    super("Fail", annotations2, error);
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
    return combine(string2(this._tag))(combine(hash2(this.error))(hash2(this.annotations)));
  }
};
var causeFromReasons = (reasons) => new CauseImpl(reasons);
var dedupeReasons = (self2, that) => {
  const buckets = /* @__PURE__ */ new Map();
  const out = [];
  for (const reason of self2.concat(that)) {
    const hash3 = hash2(reason);
    const bucket = buckets.get(hash3);
    if (bucket === void 0) {
      buckets.set(hash3, [reason]);
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
    if (isInterruptReason(reason) && !reasons.some((r2) => isInterruptReason(r2) && r2.fiberId === reason.fiberId && r2.annotations === reason.annotations)) {
      reasons.push(reason);
    }
  }
  return reasons.length === self2.reasons.length ? self2 : new CauseImpl(reasons);
};
var causeEmpty = /* @__PURE__ */ new CauseImpl([]);
var causeFail = (error) => new CauseImpl([new Fail(error)]);
var Die = class extends ReasonBase {
  constructor(defect, annotations2 = constEmptyAnnotations) {
    super("Die", annotations2, defect);
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
    return combine(string2(this._tag))(combine(hash2(this.defect))(hash2(this.annotations)));
  }
};
var causeDie = (defect) => new CauseImpl([new Die(defect)]);
var causeAnnotate = /* @__PURE__ */ dual((args2) => isCause(args2[0]), (self2, annotations2, options) => {
  if (annotations2.mapUnsafe.size === 0) return self2;
  return new CauseImpl(self2.reasons.map((f) => f.annotate(annotations2, options)));
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
      return combine(string2(options.op), hash2(this[args]));
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
function make(combine3) {
  return {
    combine: combine3
  };
}
function min(order) {
  return make((self2, that) => order(self2, that) === -1 ? self2 : that);
}
function max(order) {
  return make((self2, that) => order(self2, that) === 1 ? self2 : that);
}

// node_modules/effect/dist/Reducer.js
function make2(combine3, initialValue, combineAll) {
  return {
    combine: combine3,
    initialValue,
    combineAll: combineAll ?? ((collection) => {
      let out = initialValue;
      for (const value of collection) {
        out = combine3(out, value);
      }
      return out;
    })
  };
}

// node_modules/effect/dist/internal/doNotation.js
var let_ = (map6) => dual(3, (self2, name2, f) => map6(self2, (a) => ({
  ...a,
  [name2]: f(a)
})));
var bindTo = (map6) => dual(2, (self2, name2) => map6(self2, (a) => ({
  [name2]: a
})));
var bind = (map6, flatMap4) => dual(3, (self2, name2, f) => flatMap4(self2, (a) => map6(f(a), (b) => ({
  ...a,
  [name2]: b
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
    return combine(hash2(this._tag))(hash2(this.value));
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
var NoneHash = /* @__PURE__ */ hash2("None");
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
    return combine(hash2(this._tag))(hash2(this.success));
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
    return combine(hash2(this._tag))(hash2(this.failure));
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
var fail2 = (failure) => new FailureImpl(failure);
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
var applyOverlays = (map6, overlay) => {
  if (!overlay) return;
  applyOverlays(map6, overlay.parent);
  map6.set(overlay.key, overlay.value);
};
var flatten3 = (self2) => {
  if (self2._flat) return self2._flat;
  if (!self2.overlay) return self2._flat = self2.base;
  const map6 = new Map(self2.base);
  applyOverlays(map6, self2.overlay);
  return self2._flat = map6;
};
var withFlat = (self2, f) => {
  const map6 = new Map(self2.mapUnsafe);
  f(map6);
  return makeUnsafe(map6);
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
    const map6 = new Map(impl._flat ?? impl.base);
    if (!impl._flat) applyOverlays(map6, impl.overlay);
    map6.set(key, service3);
    return makeImpl(cacheRoot, map6, void 0, 0);
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
  return withFlat(self2, (map6) => that.mapUnsafe.forEach((value, key) => map6.set(key, value)));
});
var mergeAll = (...ctxs) => {
  const map6 = /* @__PURE__ */ new Map();
  for (let i = 0; i < ctxs.length; i++) {
    ctxs[i].mapUnsafe.forEach((value, key) => {
      map6.set(key, value);
    });
  }
  return makeUnsafe(map6);
};
var pick = (...services) => (self2) => {
  if (services.length <= 1) {
    const map6 = /* @__PURE__ */ new Map();
    if (services.length === 1) {
      const key = services[0].key;
      const value = lookup(self2, key);
      if (value !== notFound) map6.set(key, value);
    }
    return makeUnsafe(map6);
  }
  const keep3 = new Set(services.map((key) => key.key));
  return withFlat(self2, (map6) => map6.forEach((_, key) => {
    if (!keep3.has(key)) map6.delete(key);
  }));
};
var omit = (...keys) => (self2) => withFlat(self2, (map6) => {
  for (let i = 0; i < keys.length; i++) {
    map6.delete(keys[i].key);
  }
});
var Reference = Service;

// node_modules/effect/dist/internal/array.js
var isArrayNonEmpty = (self2) => self2.length > 0;

// node_modules/effect/dist/Result.js
var succeed2 = succeed;
var fail3 = fail2;
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
      const match6 = DURATION_REGEXP.exec(input);
      if (!match6) break;
      const [_, valueStr, unit] = match6;
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
        return hash2(roundMillisToNanos(this.value.millis));
      case "Nanos":
        return hash2(this.value.nanos);
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
  const ms2 = a / bigint1e6;
  const sec = ms2 / bigint1e3;
  const min4 = sec / bigint60;
  const hr = min4 / bigint60;
  const d = hr / bigint24;
  const sign = neg ? -1 : 1;
  return {
    days: sign * Number(d),
    hours: sign * Number(hr % bigint24),
    minutes: sign * Number(min4 % bigint60),
    seconds: sign * Number(sec % bigint60),
    millis: sign * Number(ms2 % bigint1e3),
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

// node_modules/effect/dist/Filter.js
var composePassthrough = /* @__PURE__ */ dual(2, (left, right) => (input) => {
  const leftOut = left(input);
  if (isFailure2(leftOut)) return fail3(input);
  const rightOut = right(leftOut.success);
  if (isFailure2(rightOut)) return fail3(input);
  return rightOut;
});
var toOption = (self2) => (input) => {
  const result3 = self2(input);
  return isFailure2(result3) ? none2() : some2(result3.success);
};

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
  event(name2, startTime, attributes) {
    this.events.push([name2, startTime, attributes ?? {}]);
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
  let cache3;
  return () => {
    if (cache3 !== void 0) return cache3;
    const trace = stack();
    if (!trace) return void 0;
    const lines = trace.split("\n");
    if (lines[line] !== void 0) {
      cache3 = lines[line].trim();
      return cache3;
    }
  };
};
var spanCleaner = /* @__PURE__ */ makeStackCleaner(3);

// node_modules/effect/dist/internal/effect.js
var Interrupt = class extends ReasonBase {
  constructor(fiberId3, annotations2 = constEmptyAnnotations) {
    super("Interrupt", annotations2, "Interrupted");
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
    return string2(`${this._tag}:${this.fiberId}`);
  }
};
var makeInterruptReason = (fiberId3) => new Interrupt(fiberId3);
var causeInterrupt = (fiberId3) => new CauseImpl([new Interrupt(fiberId3)]);
var hasFails = (self2) => self2.reasons.some(isFailReason);
var findFail = (self2) => {
  const reason = self2.reasons.find(isFailReason);
  return reason ? succeed2(reason) : fail3(self2);
};
var findError = (self2) => {
  for (let i = 0; i < self2.reasons.length; i++) {
    const reason = self2.reasons[i];
    if (reason._tag === "Fail") {
      return succeed2(reason.error);
    }
  }
  return fail3(self2);
};
var findErrorOption = /* @__PURE__ */ toOption(findError);
var hasDies = (self2) => self2.reasons.some(isDieReason);
var causeElectDefects = (self2) => hasDies(self2) && hasFails(self2) ? causeFromReasons(self2.reasons.map((reason) => reason._tag === "Fail" && !isDone(reason.error) ? new Die(reason.error, reason.annotations) : reason)) : self2;
var findRecoverableError = (self2) => hasDies(self2) ? fail3(causeElectDefects(self2)) : findError(self2);
var findDie = (self2) => {
  const reason = self2.reasons.find(isDieReason);
  return reason ? succeed2(reason) : fail3(self2);
};
var findDefect = (self2) => {
  const reason = self2.reasons.find(isDieReason);
  return reason ? succeed2(reason.defect) : fail3(self2);
};
var hasInterrupts = (self2) => self2.reasons.some(isInterruptReason);
var findInterrupt = (self2) => {
  const reason = self2.reasons.find(isInterruptReason);
  return reason ? succeed2(reason) : fail3(self2);
};
var causeFilterInterruptors = (self2) => {
  let interruptors2;
  for (let i = 0; i < self2.reasons.length; i++) {
    const f = self2.reasons[i];
    if (f._tag !== "Interrupt") continue;
    interruptors2 ??= /* @__PURE__ */ new Set();
    if (f.fiberId !== void 0) {
      interruptors2.add(f.fiberId);
    }
  }
  return interruptors2 ? succeed2(interruptors2) : fail3(self2);
};
var causeInterruptors = (self2) => {
  const result3 = causeFilterInterruptors(self2);
  return isFailure2(result3) ? emptySet : result3.success;
};
var emptySet = /* @__PURE__ */ new Set();
var hasInterruptsOnly = (self2) => self2.reasons.length > 0 && self2.reasons.every(isInterruptReason);
var reasonAnnotations = (self2) => makeUnsafe(self2.annotations);
var causeAnnotations = (self2) => {
  const map6 = /* @__PURE__ */ new Map();
  for (const f of self2.reasons) {
    if (f.annotations.size > 0) {
      for (const [key, value] of f.annotations) {
        map6.set(key, value);
      }
    }
  }
  return makeUnsafe(map6);
};
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
  let die6;
  for (const reason of self2.reasons) {
    if (reason._tag === "Fail") return reason.error;
    if (reason._tag === "Die") die6 ??= reason;
  }
  if (die6 !== void 0) return die6.defect;
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
var causePrettyError = (original, annotations2, options, seen = /* @__PURE__ */ new Set()) => {
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
      error.stack = cleanErrorStack(original.stack, error, annotations2);
    } else {
      const stack = `${error.name}: ${error.message}`;
      error.stack = annotations2 ? addStackAnnotations(stack, annotations2) : stack;
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
    error.stack = annotations2 ? addStackAnnotations(stack, annotations2) : stack;
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
var cleanErrorStack = (stack, error, annotations2) => {
  const message = `${error.name}: ${error.message}`;
  const lines = (stack.startsWith(message) ? stack.slice(message.length) : stack).split("\n");
  const out = [message];
  for (let i = 1; i < lines.length; i++) {
    if (/Generator\.next|~effect\/(?:Effect|Utils)/.test(lines[i])) {
      break;
    }
    out.push(lines[i]);
  }
  return annotations2 ? addStackAnnotations(out.join("\n"), annotations2) : out.join("\n");
};
var addStackAnnotations = (stack, annotations2) => {
  const frame = annotations2?.get(StackTraceKey.key);
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
      let match6 = false;
      for (const [, location] of locationMatchAll) {
        match6 = true;
        out.push(`    at ${current.name} (${location})`);
      }
      if (!match6) {
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
  constructor(context4, interruptible3 = true) {
    this.setContext(context4);
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
  interruptUnsafe(fiberId3, annotations2) {
    if (this._exit) {
      return;
    }
    let cause = causeInterrupt(fiberId3);
    if (this.cache.stackFrame) {
      cause = causeAnnotate(cause, make4(StackTraceKey, this.cache.stackFrame));
    }
    if (annotations2) {
      cause = causeAnnotate(cause, annotations2);
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
  evaluate(effect2) {
    if (this._exit) {
      return;
    } else if (this._asyncContext !== void 0) {
      const asyncContext = this._asyncContext;
      this._asyncContext = void 0;
      try {
        return asyncContext.runInAsyncScope(this.evaluate, this, effect2);
      } finally {
        asyncContext.emitDestroy();
      }
    } else if (this._yielded !== void 0) {
      const yielded = this._yielded;
      this._yielded = void 0;
      yielded();
    }
    const exit3 = this.runLoop(effect2);
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
  runLoop(effect2) {
    const prevFiber = globalThis[currentFiberTypeId];
    globalThis[currentFiberTypeId] = this;
    const prevRunning = this._running;
    this._running = true;
    let yielding = false;
    let current = effect2;
    this.currentOpCount = 0;
    try {
      while (true) {
        try {
          if (this._deferredInterrupt) {
            this._deferredInterrupt = false;
            current = failCause(this._interruptedCause);
          }
          this.currentOpCount++;
          const cache3 = this.cache;
          if (!yielding && !cache3.preventYield && cache3.scheduler.shouldYield(this)) {
            yielding = true;
            const prev = current;
            current = flatMap(yieldNow, () => prev);
          }
          current = cache3.tracerContext ? cache3.tracerContext(current, this) : current[evaluate](this);
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
  setContext(context4) {
    const previous = this.context;
    this.context = context4;
    if (previous !== void 0 && hasSameCache(previous, context4)) return;
    const root = context4.cacheRoot;
    const cache3 = root._fiberCache ??= makeFiberContextCache(context4);
    if (this.cache?.scheduler !== cache3.scheduler) {
      this._dispatcher = void 0;
    }
    this.cache = cache3;
  }
  get currentSpanLocal() {
    const span2 = this.cache.span;
    return span2?._tag === "Span" ? span2 : void 0;
  }
};
var makeFiberContextCache = (context4) => {
  const currentTracer = getOrUndefinedUnsafe(context4, TracerKey);
  return {
    scheduler: get(context4, Scheduler),
    tracer: currentTracer,
    tracerContext: currentTracer ? currentTracer["context"] : void 0,
    tracerEnabled: get(context4, TracerEnabled),
    span: getOrUndefinedUnsafe(context4, ParentSpanKey),
    logLevel: get(context4, CurrentLogLevel),
    minimumLogLevel: get(context4, MinimumLogLevel),
    stackFrame: get(context4, CurrentStackFrame),
    runtimeMetrics: getOrUndefinedUnsafe(context4, FiberRuntimeMetricsKey),
    maxOpsBeforeYield: get(context4, MaxOpsBeforeYield),
    preventYield: get(context4, PreventSchedulerYield)
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
  const annotations2 = /* @__PURE__ */ new Map();
  annotations2.set(InterruptorStackTrace.key, fiber3.cache.stackFrame);
  return makeUnsafe(annotations2);
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
var fiberInterruptAs = /* @__PURE__ */ dual((args2) => hasProperty(args2[0], FiberTypeId), (self2, fiberId3, annotations2) => withFiber((parent) => {
  let ann = fiberStackAnnotations(parent);
  ann = ann && annotations2 ? merge(ann, annotations2) : ann ?? annotations2;
  self2.interruptUnsafe(fiberId3, ann);
  return asVoid(fiberAwait(self2));
}));
var fiberInterruptAll = (fibers) => withFiber((parent) => {
  const annotations2 = fiberStackAnnotations(parent);
  let fiberArr = empty2();
  for (const fiber3 of fibers) {
    fiber3.interruptUnsafe(parent.id, annotations2);
    fiberArr.push(fiber3);
  }
  return asVoid(fiberAwaitAll(fiberArr));
});
var succeed3 = exitSucceed;
var failCause = exitFailCause;
var fail4 = exitFail;
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
var fromOption2 = /* @__PURE__ */ dual((args2) => args2.length >= 2 || isOption2(args2[0]), (option4, onNone) => isNone2(option4) ? onNone ? failSync(onNone) : fail4(new NoSuchElementError("Effect.fromOption: Option.none")) : succeed3(option4.value));
var fromResult = /* @__PURE__ */ match({
  onFailure: fail4,
  onSuccess: succeed3
});
var fromNullishOr = (value) => value == null ? fail4(new NoSuchElementError()) : succeed3(value);
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
var transposeOption = (self2) => isNone2(self2) ? succeedNone : map2(self2.value, some2);
var failCauseSync = (evaluate2) => suspend(() => failCause(evaluate2()));
var die = (defect) => exitDie(defect);
var failSync = (error) => suspend(() => fail4(error()));
var void_ = /* @__PURE__ */ succeed3(void 0);
var try_ = (options) => {
  const evaluate2 = typeof options === "function" ? options : options.try;
  const catcher = typeof options === "function" ? (cause) => new UnknownError(cause, "An error occurred in Effect.try") : options.catch;
  return suspend(() => {
    try {
      return succeed3(evaluate2());
    } catch (err) {
      return fail4(catcher(err));
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
        return fail4(internalCall(() => catcher(cause)));
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
      const onCancel = this.register.call(fiber3.cache.scheduler, (effect2) => {
        if (resumed) return;
        resumed = true;
        if (yielded) {
          fiber3.evaluate(effect2);
        } else {
          yielded = effect2;
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
var gen2 = (...args2) => {
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
    let effect2 = suspend(() => fromIteratorUnsafe(body.apply(this, arguments)));
    for (let i = 0; i < pipeables.length; i++) {
      effect2 = pipeables[i](effect2, ...arguments);
    }
    return effect2;
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
  const name2 = nameFirst ? arguments[0] : "Effect.fn";
  const spanOptions = nameFirst ? arguments[1] : void 0;
  const prevLimit = getStackTraceLimit();
  let defError;
  if (prevLimit !== 0) {
    setStackTraceLimit(2);
    defError = new globalThis.Error();
    setStackTraceLimit(prevLimit);
  }
  if (nameFirst) {
    return (body, ...pipeables) => makeFn(name2, body, defError, pipeables, nameFirst, spanOptions);
  }
  return makeFn(name2, arguments[0], defError, Array.prototype.slice.call(arguments, 1), nameFirst, spanOptions);
};
var makeFn = (name2, bodyOrOptions, defError, pipeables, addSpan, spanOptions) => {
  const body = typeof bodyOrOptions === "function" ? bodyOrOptions : pipeables.shift().bind(bodyOrOptions.self);
  const definitionName = `${name2} (definition)`;
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
    return updateService(addSpan ? useSpan(name2, spanOptions, (span2) => provideParentSpan(result3, span2)) : result3, CurrentStackFrame, (prev) => ({
      name: name2,
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
  let effect2 = fromIteratorEagerUnsafe(() => body.apply(this, arguments));
  for (const pipeable of pipeables) {
    effect2 = pipeable(effect2, ...arguments);
  }
  return effect2;
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
var asSome = (self2) => map2(self2, some2);
var flip = (self2) => matchEffect(self2, {
  onFailure: succeed3,
  onSuccess: fail4
});
var andThen = /* @__PURE__ */ dual(2, (self2, f) => new ContImpl(self2, isEffect(f) ? returnPayload : andThenCont, f));
var tap = /* @__PURE__ */ dual(2, (self2, f) => new ContImpl(self2, isEffect(f) ? tapEffectCont : tapCont, f));
var asVoid = (self2) => new ContImpl(self2, returnPayload, exitVoid);
var sandbox = (self2) => catchCause(self2, fail4);
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
    for (const effect2 of all3) {
      if (done4) break;
      const index = i++;
      const fiber3 = forkUnsafe(parent, effect2, true, true, false);
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
var effectIsExit = (effect2) => effect2[ExitTypeId] !== void 0;
var flatMapEager = /* @__PURE__ */ dual(2, (self2, f) => {
  if (effectIsExit(self2)) {
    return self2._tag === "Success" ? f(self2.value) : self2;
  }
  return flatMap(self2, f);
});
var flatten4 = (self2) => flatMap(self2, identity);
var map2 = /* @__PURE__ */ dual(2, (self2, f) => new ContImpl(self2, mapCont, f));
var mapEager = /* @__PURE__ */ dual(2, (self2, f) => effectIsExit(self2) ? exitMap(self2, f) : map2(self2, f));
var mapErrorEager = /* @__PURE__ */ dual(2, (self2, f) => effectIsExit(self2) ? exitMapError(self2, f) : mapError2(self2, f));
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
var exitFilterSuccess = (self2) => self2._tag === "Success" ? succeed2(self2) : fail3(self2);
var exitFilterValue = (self2) => self2._tag === "Success" ? succeed2(self2.value) : fail3(self2);
var exitIsFailure = (self2) => self2._tag === "Failure";
var exitFilterFailure = (self2) => self2._tag === "Failure" ? succeed2(self2) : fail3(self2);
var exitFilterCause = (self2) => self2._tag === "Failure" ? succeed2(self2.cause) : fail3(self2);
var exitFindError = /* @__PURE__ */ composePassthrough(exitFilterCause, findError);
var exitFindDefect = /* @__PURE__ */ composePassthrough(exitFilterCause, findDefect);
var exitHasInterrupts = (self2) => self2._tag === "Failure" && hasInterrupts(self2.cause);
var exitHasDies = (self2) => self2._tag === "Failure" && hasDies(self2.cause);
var exitHasFails = (self2) => self2._tag === "Failure" && hasFails(self2.cause);
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
var exitAs = /* @__PURE__ */ dual(2, (self2, b) => exitIsSuccess(self2) ? exitSucceed(b) : self2);
var exitMatch = /* @__PURE__ */ dual(2, (self2, options) => exitIsSuccess(self2) ? options.onSuccess(self2.value) : options.onFailure(self2.cause));
var exitAsVoid = /* @__PURE__ */ exitAs(void 0);
var exitAsVoidAll = (exits) => {
  const failures = [];
  for (const exit3 of exits) {
    if (exit3._tag === "Failure") {
      failures.push(...exit3.cause.reasons);
    }
  }
  return failures.length === 0 ? exitVoid : exitFailCause(causeFromReasons(failures));
};
var exitGetSuccess = (self2) => exitIsSuccess(self2) ? some2(self2.value) : none2();
var exitGetCause = (self2) => exitIsFailure(self2) ? some2(self2.cause) : none2();
var exitFindErrorOption = (self2) => {
  const error = exitFindError(self2);
  return isFailure2(error) ? none2() : some2(error.success);
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
var context2 = () => getContext;
var getContext = /* @__PURE__ */ withFiber((fiber3) => succeed3(fiber3.context));
var contextWith = (f) => withFiber((fiber3) => f(fiber3.context));
var setContext = /* @__PURE__ */ dual(2, (self2, context4) => updateContext(self2, constant2(context4)));
var provideContext = /* @__PURE__ */ dual(2, (self2, context4) => {
  if (effectIsExit(self2)) return self2;
  return updateContext(self2, merge(context4));
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
var zipWith = /* @__PURE__ */ dual((args2) => isEffect(args2[1]), (self2, that, f, options) => options?.concurrent ? map2(all([self2, that], {
  concurrency: 2
}), ([a, a2]) => f(a, a2)) : flatMap(self2, (a) => map2(that, (a2) => f(a, a2))));
var filterOrFail = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (self2, predicate, orFailWith) => filterOrElse(self2, predicate, orFailWith ? (a) => fail4(orFailWith(a)) : () => fail4(new NoSuchElementError())));
var when = /* @__PURE__ */ dual(2, (self2, condition) => flatMap(condition, (pass2) => pass2 ? asSome(self2) : succeedNone));
var replicate = /* @__PURE__ */ dual(2, (self2, n) => Array.from({
  length: n
}, () => self2));
var replicateEffect = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (self2, n, options) => all(replicate(self2, n), options));
var forever = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (self2, options) => whileLoop({
  while: constTrue,
  body: constant2(options?.disableYield ? self2 : flatMap(self2, (_) => yieldNow)),
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
  onFailure: (error) => isNoSuchElementError(error) ? succeedNone : fail4(error),
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
    return hasProperty(e, "_tag") && isString(e["_tag"]) && keys.includes(e["_tag"]) ? succeed2(e) : fail3(e);
  }, (e) => cases[e["_tag"]](e), orElse);
});
var catchReason = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (self2, errorTag, reasonTag, f, orElse) => catchIf(self2, (e) => isTagged(e, errorTag) && hasProperty(e, "reason") && (orElse !== void 0 || isTagged(e.reason, reasonTag)), (e) => {
  const reason = e.reason;
  if (isTagged(reason, reasonTag)) return f(reason, e);
  return orElse ? orElse(reason, e) : fail4(e);
}));
var catchReasons = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (self2, errorTag, cases, orElse) => {
  let keys;
  return catchIf(self2, (e) => isTagged(e, errorTag) && hasProperty(e, "reason") && hasProperty(e.reason, "_tag") && isString(e.reason._tag) && (orElse !== void 0 || (keys ??= Object.keys(cases)).includes(e.reason._tag)), (e) => {
    const reason = e.reason;
    keys ??= Object.keys(cases);
    if (keys.includes(reason._tag)) {
      return cases[reason._tag](reason, e);
    }
    return orElse ? orElse(reason, e) : fail4(e);
  });
});
var unwrapReason = /* @__PURE__ */ dual(2, (self2, errorTag) => catchFilter(self2, (e) => {
  if (isTagged(e, errorTag) && hasProperty(e, "reason")) {
    return succeed2(e.reason);
  }
  return fail3(e);
}, fail4));
var mapError2 = /* @__PURE__ */ dual(2, (self2, f) => catchCause(self2, (cause) => failCause(causeMap(cause, f))));
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
var option2 = (self2) => match3(self2, {
  onFailure: none2,
  onSuccess: some2
});
var result = (self2) => matchEager(self2, {
  onFailure: fail3,
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
var timeoutOrElse = /* @__PURE__ */ dual(2, (self2, options) => flatMap(timeoutOption(self2, options.duration), (option4) => isNone2(option4) ? options.orElse() : succeed3(option4.value)));
var timeoutErrorFromDuration = (duration) => new TimeoutError(`Operation timed out after '${format2(duration)}'`);
var timeout2 = /* @__PURE__ */ dual(2, (self2, duration) => {
  const decoded = fromInputUnsafe(duration);
  return timeoutOrElse(self2, {
    duration: decoded,
    orElse: () => fail4(timeoutErrorFromDuration(decoded))
  });
});
var timeoutOption = /* @__PURE__ */ dual(2, (self2, duration) => raceFirst(asSome(self2), as(sleep(duration), none2())));
var timed = (self2) => clockWith((clock) => {
  const start = clock.monotonicTimeNanosUnsafe();
  return map2(self2, (a) => [nanos(clock.monotonicTimeNanosUnsafe() - start), a]);
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
var provideScope = /* @__PURE__ */ provideService(scopeTag);
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
var acquireRelease = (acquire, release, options) => contextWith((context4) => uninterruptibleMask((restore) => flatMap(scope, (scope3) => tap(options?.interruptible ? restore(acquire) : acquire, (a) => scopeAddFinalizerExit(scope3, (exit3) => provideContext(release(a, exit3), context4))))));
var addFinalizer = (finalizer) => flatMap(scope, (scope3) => contextWith((context4) => scopeAddFinalizerExit(scope3, (exit3) => provideContext(finalizer(exit3), context4))));
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
  const OnExitImpl2 = function(effect2, onExit3, interruptible3) {
    this.effect = effect2;
    this.onExit = onExit3;
    this.interruptible = interruptible3;
  };
  OnExitImpl2.prototype = Proto3;
  return OnExitImpl2;
})();
var onExitPrimitive = (effect2, onExit3, interruptible3) => new OnExitImpl(effect2, onExit3, interruptible3);
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
var cachedInvalidateWithTTL = /* @__PURE__ */ dual(2, (self2, ttl) => sync(() => makeCachedUnsafe(self2, typeof ttl === "function" ? (exit3) => toMillis(fromInputUnsafe(ttl(exit3))) : constant2(toMillis(fromInputUnsafe(ttl))))));
var infiniteTTL = /* @__PURE__ */ constant2(Infinity);
var makeCachedUnsafe = (self2, ttlMillis) => {
  let expiresAt = 0;
  let exit3;
  let current;
  const join3 = (fiber3, run) => {
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
      return fiber3 === current.fiber ? fiberJoin(current.fiber) : join3(fiber3, current);
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
    const joined = join3(fiber3, run);
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
var cachedWithTTL = /* @__PURE__ */ dual(2, (self2, timeToLive) => map2(cachedInvalidateWithTTL(self2, timeToLive), (tuple2) => tuple2[0]));
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
  const effect2 = f(uninterruptible);
  return interrupted ?? effect2;
});
var abortSignal = /* @__PURE__ */ map2(/* @__PURE__ */ acquireRelease(/* @__PURE__ */ sync(() => new AbortController()), (controller) => sync(() => controller.abort())), (_) => _.signal);
var all = (arg, options) => {
  if (isIterable(arg)) {
    return options?.mode === "result" ? forEach(arg, result, options) : forEach(arg, identity, options);
  } else if (options?.discard) {
    return options.mode === "result" ? forEach(Object.values(arg), result, options) : forEach(Object.values(arg), identity, options);
  }
  return suspend(() => map2(forEach(Object.entries(arg), ([key, effect2]) => map2(options?.mode === "result" ? result(effect2) : effect2, (value) => [key, value]), {
    concurrency: options?.concurrency
  }), Object.fromEntries));
};
var partition2 = /* @__PURE__ */ dual((args2) => isIterable(args2[0]) && !isEffect(args2[0]), (elements, f, options) => map2(forEach(elements, (a, i) => result(f(a, i)), options), (results2) => partition(results2, identity)));
var reduce = /* @__PURE__ */ dual(3, (elements, zero2, f) => {
  const arr = fromIterable(elements);
  if (arr.length === 0) return sync(zero2);
  return suspend(() => {
    let index = 0;
    let state = zero2();
    return map2(whileLoop({
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
    return fail4(fails);
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
var findFirstLoop = (iterator, index, predicate, value) => flatMap(predicate(value, index), (keep3) => {
  if (keep3) {
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
  const items2 = fromIterable(iterable);
  let length = items2.length;
  if (length === 0) {
    return options?.discard ? void_ : succeed3([]);
  }
  const out = options?.discard ? void 0 : new Array(length);
  const eff = forEachConcurrent({
    f,
    out
  }, items2, {
    concurrency
  });
  return eff ? as(eff, out) : succeed3(out);
}));
var head = (self2) => flatMap(self2, (elements) => {
  const result3 = elements[Symbol.iterator]().next();
  return result3.done ? fail4(new NoSuchElementError()) : succeed3(result3.value);
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
  return (state, items2, opts) => {
    let index = 0;
    const end = opts.end ?? items2.length;
    const concurrency = opts.concurrency;
    let done4 = false;
    let parentFiber;
    let fibers;
    let resume;
    let terminal;
    let effect2;
    const failDefect = (error) => {
      const defect = exitDie(error);
      terminal = defect;
      done4 = true;
      return fibers && fibers.size > 0 ? flatMap(uninterruptible(fiberInterruptAll(Array.from(fibers))), () => terminal ?? defect) : defect;
    };
    const go = () => {
      let paused = false;
      for (; !terminal && index < end; index++) {
        const item = items2[index];
        const eff = effect2 ?? onItem(state, item, index);
        if (effectIsExit(eff)) {
          terminal = step(state, item, eff, index);
          if (terminal) break;
        } else if (!parentFiber) {
          return callback((cb) => {
            parentFiber = getCurrentFiber();
            fibers = /* @__PURE__ */ new Set();
            effect2 = eff;
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
          effect2 = void 0;
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
          const annotations2 = fiberStackAnnotations(parentFiber);
          fibers.forEach((f) => f.interruptUnsafe(parentFiber.id, annotations2));
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
var filterMapOrFail = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (self2, filter4, orFailWith) => filterMapOrElse(self2, filter4, orFailWith ? (x) => fail4(orFailWith(x)) : () => fail4(new NoSuchElementError())));
var filter2 = /* @__PURE__ */ dual((args2) => isIterable(args2[0]) && !isEffect(args2[0]), (elements, predicate, options) => map2(forEach(elements, (a, i) => {
  const result3 = predicate(a, i);
  if (typeof result3 === "boolean") {
    return succeed3(result3 ? some2(a) : none2());
  }
  return map2(result3, (keep3) => keep3 ? some2(a) : none2());
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
  return as(forEach(elements, (a) => map2(filter4(a), (result3) => {
    if (isSuccess2(result3)) {
      out.push(result3.success);
    }
  }), {
    discard: true,
    concurrency: options?.concurrency
  }), out);
}));
var Do = /* @__PURE__ */ succeed3({});
var bindTo2 = /* @__PURE__ */ bindTo(map2);
var bind2 = /* @__PURE__ */ bind(map2, flatMap);
var let_2 = /* @__PURE__ */ let_(map2);
var forkChild = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (self2, options) => withFiber((fiber3) => {
  interruptChildrenPatch();
  return succeed3(forkUnsafe(fiber3, self2, options?.startImmediately, false, options?.uninterruptible ?? false));
}));
var forkUnsafe = (parent, effect2, immediate = false, daemon = false, uninterruptible3 = false) => {
  const parentRuntime = parent;
  const interruptible3 = uninterruptible3 === "inherit" ? parentRuntime.interruptible : !uninterruptible3;
  const child = new FiberImpl(parentRuntime.context, interruptible3);
  if (!daemon) {
    parentRuntime.children().add(child);
    child._parent = parentRuntime;
  }
  if (immediate) {
    child.evaluate(effect2);
  } else {
    child._asyncContext = captureAsyncContext();
    parentRuntime.currentDispatcher.scheduleTask(() => child.evaluate(effect2), 0);
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
var runForkWith = (context4) => (effect2, options) => {
  const fiber3 = new FiberImpl(options?.scheduler ? add(context4, Scheduler, options.scheduler) : context4, options?.uninterruptible !== true);
  fiber3.evaluate(effect2);
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
var runCallbackWith = (context4) => {
  const runFork3 = runForkWith(context4);
  return (effect2, options) => {
    const fiber3 = runFork3(effect2, options);
    if (options?.onExit) {
      fiber3.addObserver(options.onExit);
    }
    return (interruptor) => {
      return fiber3.interruptUnsafe(interruptor);
    };
  };
};
var runCallback = /* @__PURE__ */ runCallbackWith(/* @__PURE__ */ empty());
var runPromiseExitWith = (context4) => {
  const runFork3 = runForkWith(context4);
  return (effect2, options) => {
    const fiber3 = runFork3(effect2, options);
    return new Promise((resolve) => {
      fiber3.addObserver((exit3) => resolve(exit3));
    });
  };
};
var runPromiseExit = /* @__PURE__ */ runPromiseExitWith(/* @__PURE__ */ empty());
var runPromiseWith = (context4) => {
  const runPromiseExit3 = runPromiseExitWith(context4);
  return (effect2, options) => runPromiseExit3(effect2, options).then((exit3) => {
    if (exit3._tag === "Failure") {
      throw causeSquash(exit3.cause);
    }
    return exit3.value;
  });
};
var runPromise = /* @__PURE__ */ runPromiseWith(/* @__PURE__ */ empty());
var runSyncExitWith = (context4) => {
  const runFork3 = runForkWith(context4);
  return (effect2) => {
    if (effectIsExit(effect2)) return effect2;
    const scheduler2 = new MixedScheduler("sync");
    const fiber3 = runFork3(effect2, {
      scheduler: scheduler2
    });
    fiber3._dispatcher?.flush();
    return fiber3._exit ?? exitDie(new AsyncFiberError(fiber3));
  };
};
var runSyncExit = /* @__PURE__ */ runSyncExitWith(/* @__PURE__ */ empty());
var runSyncWith = (context4) => {
  const runSyncExit3 = runSyncExitWith(context4);
  return (effect2) => {
    const exit3 = runSyncExit3(effect2);
    if (exit3._tag === "Failure") throw causeSquash(exit3.cause);
    return exit3.value;
  };
};
var runSync = /* @__PURE__ */ runSyncWith(/* @__PURE__ */ empty());
var tracer = /* @__PURE__ */ withFiber((fiber3) => succeed3(fiber3.getRef(Tracer)));
var withTracer = /* @__PURE__ */ dual(2, (effect2, tracer3) => provideService(effect2, Tracer, tracer3));
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
var filterDisablePropagation = (span2) => {
  if (!span2) return none2();
  return get(span2.annotations, DisablePropagation) ? span2._tag === "Span" ? filterDisablePropagation(getOrUndefined(span2.parent)) : none2() : some2(span2);
};
var makeSpanUnsafe = (fiber3, name2, options) => {
  const disablePropagation = !fiber3.cache.tracerEnabled || options?.annotations && get(options.annotations, DisablePropagation);
  const parent = options?.parent !== void 0 ? some2(options.parent) : options?.root ? none2() : filterDisablePropagation(fiber3.cache.span);
  let span2;
  if (disablePropagation) {
    span2 = noopSpan({
      name: name2,
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
    span2 = tracer3.span({
      name: name2,
      parent,
      annotations: options?.annotations ?? empty(),
      links,
      startTime: timingEnabled ? clock.currentTimeNanosUnsafe() : bigint02,
      kind: options?.kind ?? "internal",
      root: options?.root ?? false,
      sampled: options?.sampled ?? (isSome2(parent) && parent.value.sampled === false ? false : !isLogLevelGreaterThan(fiber3.getRef(MinimumTraceLevel), level))
    });
    for (const key in annotationsFromEnv) {
      span2.attribute(key, annotationsFromEnv[key]);
    }
    if (options?.attributes !== void 0) {
      for (const key in options.attributes) {
        span2.attribute(key, options.attributes[key]);
      }
    }
  }
  return span2;
};
var makeSpan = (name2, options) => withFiber((fiber3) => succeed3(makeSpanUnsafe(fiber3, name2, options)));
var makeSpanScoped = (name2, options) => uninterruptible(withFiber((fiber3) => {
  const scope3 = getUnsafe(fiber3.context, scopeTag);
  const span2 = makeSpanUnsafe(fiber3, name2, options ?? {});
  const clock = fiber3.getRef(ClockRef);
  const timingEnabled = fiber3.getRef(TracerTimingEnabled);
  return as(scopeAddFinalizerExit(scope3, (exit3) => endSpan(span2, exit3, clock, timingEnabled)), span2);
}));
var withSpanScoped = function() {
  const dataFirst = typeof arguments[0] !== "string";
  const name2 = dataFirst ? arguments[1] : arguments[0];
  const options = addSpanStackTrace(dataFirst ? arguments[2] : arguments[1]);
  if (dataFirst) {
    const self2 = arguments[0];
    return flatMap(makeSpanScoped(name2, options), (span2) => withParentSpan(self2, span2, options));
  }
  return (self2) => flatMap(makeSpanScoped(name2, options), (span2) => withParentSpan(self2, span2, options));
};
var provideSpanStackFrame = (name2, stack) => {
  stack = typeof stack === "function" ? stack : constUndefined;
  return updateService(CurrentStackFrame, (parent) => ({
    name: name2,
    stack,
    parent
  }));
};
var spanAnnotations = TracerSpanAnnotations;
var spanLinks = TracerSpanLinks;
var linkSpans = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (self2, span2, attributes = {}) => {
  const spans = Array.isArray(span2) ? span2 : [span2];
  const links = spans.map((span3) => ({
    span: span3,
    attributes
  }));
  return updateService(self2, TracerSpanLinks, (current) => [...current, ...links]);
});
var endSpan = (span2, exit3, clock, timingEnabled) => sync(() => {
  if (span2.status._tag === "Ended") return;
  span2.end(timingEnabled ? clock.currentTimeNanosUnsafe() : bigint02, exit3);
});
var useSpan = (name2, ...args2) => {
  const options = args2.length === 1 ? void 0 : args2[0];
  const evaluate2 = args2[args2.length - 1];
  return withFiber((fiber3) => {
    const span2 = makeSpanUnsafe(fiber3, name2, options);
    const clock = fiber3.getRef(ClockRef);
    const timingEnabled = fiber3.getRef(TracerTimingEnabled);
    onExitUnsafe(fiber3, (exit3) => endSpan(span2, exit3, clock, timingEnabled));
    return evaluate2(span2);
  });
};
var provideParentSpan = /* @__PURE__ */ provideService(ParentSpan);
var withParentSpan = function() {
  const dataFirst = isEffect(arguments[0]);
  const span2 = dataFirst ? arguments[1] : arguments[0];
  let options = dataFirst ? arguments[2] : arguments[1];
  let provideStackFrame = identity;
  if (span2._tag === "Span") {
    options = addSpanStackTrace(options);
    provideStackFrame = provideSpanStackFrame(span2.name, options?.captureStackTrace);
  }
  if (dataFirst) {
    return provideParentSpan(provideStackFrame(arguments[0]), span2);
  }
  return (self2) => provideParentSpan(provideStackFrame(self2), span2);
};
var withSpan = function() {
  const dataFirst = typeof arguments[0] !== "string";
  const name2 = dataFirst ? arguments[1] : arguments[0];
  const traceOptions = addSpanStackTrace(arguments[2]);
  if (dataFirst) {
    const self2 = arguments[0];
    return useSpan(name2, arguments[2], (span2) => withParentSpan(self2, span2, traceOptions));
  }
  const fnArg = typeof arguments[1] === "function" ? arguments[1] : void 0;
  const options = fnArg ? void 0 : arguments[1];
  return (self2, ...args2) => useSpan(name2, fnArg ? fnArg(...args2) : options, (span2) => withParentSpan(self2, span2, traceOptions));
};
var annotateSpans = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (effect2, ...args2) => updateService(effect2, TracerSpanAnnotations, (annotations2) => {
  const newAnnotations = args2.length === 1 ? {
    ...annotations2,
    ...args2[0]
  } : {
    ...annotations2
  };
  if (args2.length === 1) {
    return newAnnotations;
  } else {
    assignProperty(newAnnotations, args2[0], args2[1]);
  }
  return newAnnotations;
}));
var annotateCurrentSpan = (...args2) => withFiber((fiber3) => {
  const span2 = fiber3.currentSpanLocal;
  if (span2) {
    if (args2.length === 1) {
      for (const [key, value] of Object.entries(args2[0])) {
        span2.attribute(key, value);
      }
    } else {
      span2.attribute(args2[0], args2[1]);
    }
  }
  return void_;
});
var currentSpan = /* @__PURE__ */ withFiber((fiber3) => {
  const span2 = fiber3.currentSpanLocal;
  return span2 ? succeed3(span2) : fail4(new NoSuchElementError());
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
var isTimeoutError = (u) => hasProperty(u, TimeoutErrorTypeId);
var TimeoutError = class extends (/* @__PURE__ */ TaggedError("TimeoutError")) {
  [TimeoutErrorTypeId] = TimeoutErrorTypeId;
  constructor(message) {
    super({
      message
    });
  }
};
var IllegalArgumentErrorTypeId = "~effect/Cause/IllegalArgumentError";
var isIllegalArgumentError = (u) => hasProperty(u, IllegalArgumentErrorTypeId);
var IllegalArgumentError = class extends (/* @__PURE__ */ TaggedError("IllegalArgumentError")) {
  [IllegalArgumentErrorTypeId] = IllegalArgumentErrorTypeId;
  constructor(message) {
    super({
      message
    });
  }
};
var ExceededCapacityErrorTypeId = "~effect/Cause/ExceededCapacityError";
var isExceededCapacityError = (u) => hasProperty(u, ExceededCapacityErrorTypeId);
var ExceededCapacityError = class extends (/* @__PURE__ */ TaggedError("ExceededCapacityError")) {
  [ExceededCapacityErrorTypeId] = ExceededCapacityErrorTypeId;
  constructor(message) {
    super({
      message
    });
  }
};
var AsyncFiberErrorTypeId = "~effect/Cause/AsyncFiberError";
var isAsyncFiberError = (u) => hasProperty(u, AsyncFiberErrorTypeId);
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
var isUnknownError = (u) => hasProperty(u, UnknownErrorTypeId);
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
      const date2 = new Date(clock.currentTimeMillisUnsafe());
      for (const logger of loggers) {
        logger.log({
          cause,
          fiber: fiber3,
          date: date2,
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
var defaultDateFormat = (date2) => `${date2.getHours().toString().padStart(2, "0")}:${date2.getMinutes().toString().padStart(2, "0")}:${date2.getSeconds().toString().padStart(2, "0")}.${date2.getMilliseconds().toString().padStart(3, "0")}`;
var defaultLogger = /* @__PURE__ */ loggerMake(({
  cause,
  date: date2,
  fiber: fiber3,
  logLevel,
  message
}) => {
  const message_ = Array.isArray(message) ? message.slice() : [message];
  if (cause.reasons.length > 0) {
    message_.push(causePretty(cause));
  }
  const now = date2.getTime();
  const spans = fiber3.getRef(CurrentLogSpans);
  let spanString = "";
  for (const span2 of spans) {
    spanString += ` ${formatLogSpan(span2, now)}`;
  }
  const annotations2 = fiber3.getRef(CurrentLogAnnotations);
  if (Object.keys(annotations2).length > 0) {
    message_.push(annotations2);
  }
  const console2 = fiber3.getRef(ConsoleRef);
  const log3 = fiber3.getRef(LogToStderr) ? console2.error : console2.log;
  log3(`[${defaultDateFormat(date2)}] ${logLevel.toUpperCase()} (#${fiber3.id})${spanString}:`, ...message_);
});
var tracerLogger = /* @__PURE__ */ loggerMake(({
  cause,
  fiber: fiber3,
  logLevel,
  message
}) => {
  const clock = fiber3.getRef(ClockRef);
  const annotations2 = fiber3.getRef(CurrentLogAnnotations);
  const span2 = fiber3.cache.span;
  if (span2 === void 0 || span2._tag === "ExternalSpan") return;
  const attributes = {};
  for (const [key, value] of Object.entries(annotations2)) {
    assignProperty(attributes, key, value);
  }
  attributes["effect.fiberId"] = fiber3.id;
  attributes["effect.logLevel"] = logLevel.toUpperCase();
  if (cause.reasons.length > 0) {
    attributes["effect.cause"] = causePretty(cause);
  }
  span2.event(toStringUnknown(Array.isArray(message) && message.length === 1 ? message[0] : message), clock.currentTimeNanosUnsafe(), attributes);
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
var TypeId5 = CauseTypeId;
var ReasonTypeId = CauseReasonTypeId;
var isCause2 = isCause;
var isReason = isCauseReason;
var isFailReason2 = isFailReason;
var isDieReason2 = isDieReason;
var isInterruptReason2 = isInterruptReason;
var fromReasons = causeFromReasons;
var empty3 = causeEmpty;
var fail5 = causeFail;
var die2 = causeDie;
var interrupt2 = causeInterrupt;
var makeFailReason = (error) => new Fail(error);
var makeDieReason = (defect) => new Die(defect);
var makeInterruptReason2 = makeInterruptReason;
var hasInterruptsOnly2 = hasInterruptsOnly;
var map3 = causeMap;
var combine2 = causeCombine;
var squash = causeSquash;
var hasFails2 = hasFails;
var findFail2 = findFail;
var findError2 = findError;
var findErrorOption2 = findErrorOption;
var hasDies2 = hasDies;
var findDie2 = findDie;
var findDefect2 = findDefect;
var hasInterrupts2 = hasInterrupts;
var findInterrupt2 = findInterrupt;
var interruptors = causeInterruptors;
var filterInterruptors = causeFilterInterruptors;
var prettyErrors = causePrettyErrors;
var pretty = causePretty;
var isNoSuchElementError2 = isNoSuchElementError;
var NoSuchElementErrorTypeId2 = NoSuchElementErrorTypeId;
var NoSuchElementError2 = NoSuchElementError;
var isDone2 = isDone;
var DoneTypeId2 = DoneTypeId;
var Done2 = Done;
var done2 = done;
var TimeoutErrorTypeId2 = TimeoutErrorTypeId;
var isTimeoutError2 = isTimeoutError;
var TimeoutError2 = TimeoutError;
var IllegalArgumentErrorTypeId2 = IllegalArgumentErrorTypeId;
var isIllegalArgumentError2 = isIllegalArgumentError;
var IllegalArgumentError2 = IllegalArgumentError;
var isExceededCapacityError2 = isExceededCapacityError;
var ExceededCapacityErrorTypeId2 = ExceededCapacityErrorTypeId;
var ExceededCapacityError2 = ExceededCapacityError;
var AsyncFiberErrorTypeId2 = AsyncFiberErrorTypeId;
var isAsyncFiberError2 = isAsyncFiberError;
var AsyncFiberError2 = AsyncFiberError;
var UnknownErrorTypeId2 = UnknownErrorTypeId;
var isUnknownError2 = isUnknownError;
var UnknownError2 = UnknownError;
var annotate = causeAnnotate;
var reasonAnnotations2 = reasonAnnotations;
var annotations = causeAnnotations;
var StackTrace = class extends (/* @__PURE__ */ Service()("effect/Cause/StackTrace")) {
};
var InterruptorStackTrace2 = class extends (/* @__PURE__ */ Service()("effect/Cause/InterruptorStackTrace")) {
};

// node_modules/effect/dist/Effect.js
var Effect_exports = {};
__export(Effect_exports, {
  Do: () => Do2,
  Transaction: () => Transaction,
  TypeId: () => TypeId13,
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
  asVoid: () => asVoid3,
  awaitAllChildren: () => awaitAllChildren2,
  bind: () => bind3,
  bindTo: () => bindTo3,
  cached: () => cached2,
  cachedInvalidateWithTTL: () => cachedInvalidateWithTTL2,
  cachedWithTTL: () => cachedWithTTL2,
  callback: () => callback2,
  catch: () => catch_3,
  catchCause: () => catchCause3,
  catchCauseFilter: () => catchCauseFilter2,
  catchCauseIf: () => catchCauseIf2,
  catchDefect: () => catchDefect2,
  catchEager: () => catchEager2,
  catchFilter: () => catchFilter2,
  catchIf: () => catchIf2,
  catchNoSuchElement: () => catchNoSuchElement2,
  catchReason: () => catchReason2,
  catchReasons: () => catchReasons2,
  catchTag: () => catchTag3,
  catchTags: () => catchTags2,
  clockWith: () => clockWith3,
  context: () => context3,
  contextWith: () => contextWith2,
  currentParentSpan: () => currentParentSpan2,
  currentSpan: () => currentSpan2,
  delay: () => delay2,
  die: () => die5,
  effectify: () => effectify,
  ensuring: () => ensuring2,
  eventually: () => eventually2,
  exit: () => exit2,
  fail: () => fail8,
  failCause: () => failCause4,
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
  flatMap: () => flatMap3,
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
  gen: () => gen3,
  head: () => head2,
  ignore: () => ignore2,
  ignoreCause: () => ignoreCause2,
  interrupt: () => interrupt5,
  interruptible: () => interruptible2,
  interruptibleMask: () => interruptibleMask2,
  isEffect: () => isEffect2,
  isFailure: () => isFailure5,
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
  map: () => map5,
  mapBoth: () => mapBoth3,
  mapBothEager: () => mapBothEager2,
  mapEager: () => mapEager2,
  mapError: () => mapError4,
  mapErrorEager: () => mapErrorEager2,
  match: () => match5,
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
  option: () => option3,
  orDie: () => orDie3,
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
  satisfiesErrorType: () => satisfiesErrorType2,
  satisfiesServicesType: () => satisfiesServicesType2,
  satisfiesSuccessType: () => satisfiesSuccessType2,
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
  succeed: () => succeed7,
  succeedNone: () => succeedNone2,
  succeedSome: () => succeedSome2,
  suspend: () => suspend3,
  sync: () => sync4,
  tap: () => tap3,
  tapCause: () => tapCause3,
  tapCauseFilter: () => tapCauseFilter2,
  tapCauseIf: () => tapCauseIf2,
  tapDefect: () => tapDefect2,
  tapError: () => tapError3,
  tapErrorTag: () => tapErrorTag2,
  timed: () => timed2,
  timeout: () => timeout3,
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
  updateService: () => updateService3,
  updateServiceScoped: () => updateServiceScoped2,
  useSpan: () => useSpan2,
  validate: () => validate2,
  void: () => void_3,
  when: () => when2,
  whileLoop: () => whileLoop2,
  withErrorReporting: () => withErrorReporting2,
  withExecutionPlan: () => withExecutionPlan2,
  withFiber: () => withFiber2,
  withFiberSucceed: () => withFiberSucceed2,
  withLogSpan: () => withLogSpan,
  withLogger: () => withLogger,
  withParentSpan: () => withParentSpan3,
  withSpan: () => withSpan3,
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
var Exit_exports = {};
__export(Exit_exports, {
  asVoid: () => asVoid2,
  asVoidAll: () => asVoidAll,
  die: () => die3,
  fail: () => fail6,
  failCause: () => failCause2,
  filterCause: () => filterCause,
  filterFailure: () => filterFailure,
  filterSuccess: () => filterSuccess,
  filterValue: () => filterValue,
  findDefect: () => findDefect3,
  findError: () => findError3,
  findErrorOption: () => findErrorOption3,
  getCause: () => getCause,
  getSuccess: () => getSuccess2,
  hasDies: () => hasDies3,
  hasFails: () => hasFails3,
  hasInterrupts: () => hasInterrupts3,
  interrupt: () => interrupt3,
  isExit: () => isExit2,
  isFailure: () => isFailure4,
  isSuccess: () => isSuccess4,
  map: () => map4,
  mapBoth: () => mapBoth2,
  mapError: () => mapError3,
  match: () => match4,
  succeed: () => succeed4,
  void: () => void_2
});
var isExit2 = isExit;
var succeed4 = exitSucceed;
var failCause2 = exitFailCause;
var fail6 = exitFail;
var die3 = exitDie;
var interrupt3 = exitInterrupt;
var void_2 = exitVoid;
var isSuccess4 = exitIsSuccess;
var isFailure4 = exitIsFailure;
var hasFails3 = exitHasFails;
var hasDies3 = exitHasDies;
var hasInterrupts3 = exitHasInterrupts;
var filterSuccess = exitFilterSuccess;
var filterValue = exitFilterValue;
var filterFailure = exitFilterFailure;
var filterCause = exitFilterCause;
var findError3 = exitFindError;
var findDefect3 = exitFindDefect;
var match4 = exitMatch;
var map4 = exitMap;
var mapError3 = exitMapError;
var mapBoth2 = exitMapBoth;
var asVoid2 = exitAsVoid;
var asVoidAll = exitAsVoidAll;
var getSuccess2 = exitGetSuccess;
var getCause = exitGetCause;
var findErrorOption3 = exitFindErrorOption;

// node_modules/effect/dist/Layer.js
var Layer_exports = {};
__export(Layer_exports, {
  CurrentMemoMap: () => CurrentMemoMap,
  build: () => build,
  buildWithMemoMap: () => buildWithMemoMap,
  buildWithScope: () => buildWithScope,
  catch: () => catch_2,
  catchCause: () => catchCause2,
  catchTag: () => catchTag2,
  effect: () => effect,
  effectContext: () => effectContext,
  effectDiscard: () => effectDiscard,
  empty: () => empty4,
  flatMap: () => flatMap2,
  forkMemoMap: () => forkMemoMap,
  forkMemoMapUnsafe: () => forkMemoMapUnsafe,
  fresh: () => fresh,
  fromBuild: () => fromBuild,
  fromBuildMemo: () => fromBuildMemo,
  isLayer: () => isLayer,
  launch: () => launch,
  makeMemoMap: () => makeMemoMap,
  makeMemoMapUnsafe: () => makeMemoMapUnsafe,
  merge: () => merge2,
  mergeAll: () => mergeAll2,
  mock: () => mock,
  orDie: () => orDie2,
  parentSpan: () => parentSpan,
  provide: () => provide2,
  provideMerge: () => provideMerge,
  satisfiesErrorType: () => satisfiesErrorType,
  satisfiesServicesType: () => satisfiesServicesType,
  satisfiesSuccessType: () => satisfiesSuccessType,
  span: () => span,
  succeed: () => succeed6,
  succeedContext: () => succeedContext,
  suspend: () => suspend2,
  sync: () => sync3,
  syncContext: () => syncContext,
  tap: () => tap2,
  tapCause: () => tapCause2,
  tapError: () => tapError2,
  unwrap: () => unwrap,
  updateService: () => updateService2,
  withParentSpan: () => withParentSpan2,
  withSpan: () => withSpan2
});

// node_modules/effect/dist/Deferred.js
var Deferred_exports = {};
__export(Deferred_exports, {
  await: () => _await,
  complete: () => complete,
  completeWith: () => completeWith,
  die: () => die4,
  dieSync: () => dieSync,
  done: () => done3,
  doneUnsafe: () => doneUnsafe,
  fail: () => fail7,
  failCause: () => failCause3,
  failCauseSync: () => failCauseSync2,
  failSync: () => failSync2,
  interrupt: () => interrupt4,
  interruptWith: () => interruptWith,
  into: () => into,
  isDeferred: () => isDeferred,
  isDone: () => isDone3,
  isDoneUnsafe: () => isDoneUnsafe,
  make: () => make7,
  makeUnsafe: () => makeUnsafe2,
  poll: () => poll,
  succeed: () => succeed5,
  sync: () => sync2
});
var TypeId6 = "~effect/Deferred";
var isDeferred = (u) => hasProperty(u, TypeId6);
var DeferredProto = {
  [TypeId6]: {
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
var complete = /* @__PURE__ */ dual(2, (self2, effect2) => suspend(() => self2.effect ? succeed3(false) : into(effect2, self2)));
var completeWith = /* @__PURE__ */ dual(2, (self2, effect2) => sync(() => doneUnsafe(self2, effect2)));
var done3 = completeWith;
var fail7 = /* @__PURE__ */ dual(2, (self2, error) => done3(self2, exitFail(error)));
var failSync2 = /* @__PURE__ */ dual(2, (self2, evaluate2) => suspend(() => fail7(self2, evaluate2())));
var failCause3 = /* @__PURE__ */ dual(2, (self2, cause) => done3(self2, exitFailCause(cause)));
var failCauseSync2 = /* @__PURE__ */ dual(2, (self2, evaluate2) => suspend(() => failCause3(self2, evaluate2())));
var die4 = /* @__PURE__ */ dual(2, (self2, defect) => done3(self2, exitDie(defect)));
var dieSync = /* @__PURE__ */ dual(2, (self2, evaluate2) => suspend(() => die4(self2, evaluate2())));
var interrupt4 = (self2) => withFiber((fiber3) => interruptWith(self2, fiber3.id));
var interruptWith = /* @__PURE__ */ dual(2, (self2, fiberId3) => failCause3(self2, causeInterrupt(fiberId3)));
var isDone3 = (self2) => sync(() => isDoneUnsafe(self2));
var isDoneUnsafe = (self2) => self2.effect !== void 0;
function poll(self2) {
  return sync(() => fromUndefinedOr(self2.effect));
}
var succeed5 = /* @__PURE__ */ dual(2, (self2, value) => done3(self2, exitSucceed(value)));
var sync2 = /* @__PURE__ */ dual(2, (self2, evaluate2) => suspend(() => succeed5(self2, evaluate2())));
var doneUnsafe = (self2, effect2) => {
  if (self2.effect) return false;
  self2.effect = effect2;
  if (self2.resumes) {
    const resumes = self2.resumes;
    self2.resumes = void 0;
    for (let i = 0; i < resumes.length; i++) {
      resumes[i](effect2);
    }
  }
  return true;
};
var into = /* @__PURE__ */ dual(2, (self2, deferred) => uninterruptibleMask((restore) => flatMap(exit(restore(self2)), (exit3) => done3(deferred, exit3))));

// node_modules/effect/dist/References.js
var CurrentLogAnnotations2 = CurrentLogAnnotations;
var CurrentLogSpans2 = CurrentLogSpans;
var CurrentStackFrame2 = CurrentStackFrame;

// node_modules/effect/dist/Scope.js
var Scope = scopeTag;
var makeUnsafe3 = scopeMakeUnsafe;
var provide = provideScope;
var forkUnsafe2 = scopeForkUnsafe;
var close = scopeClose;

// node_modules/effect/dist/Layer.js
var TypeId7 = "~effect/Layer";
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
var isLayer = (u) => hasProperty(u, TypeId7);
var LayerProto = {
  [TypeId7]: {
    _ROut: identity,
    _E: identity,
    _RIn: identity
  },
  pipe() {
    return pipeArguments(this, arguments);
  }
};
var fromBuildUnsafe = (build2) => {
  const self2 = Object.create(LayerProto);
  self2.build = build2;
  return self2;
};
var fromBuild = (build2) => fromBuildUnsafe((memoMap, scope3) => {
  const layerScope = forkUnsafe2(scope3);
  return onExit(build2(memoMap, layerScope), (exit3) => exit3._tag === "Failure" ? close(layerScope, exit3) : void_);
});
var fromBuildMemo = (build2) => {
  const self2 = fromBuild((memoMap, scope3) => memoMap.getOrElseMemoize(self2, scope3, build2));
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
  getOrElseMemoize(layer, scope3, build2) {
    return suspend(() => {
      let deferred;
      return onExitPrimitive(suspend(() => {
        const existing = this.get(layer, scope3);
        if (existing) return existing;
        const entry = makeMemoMapEntry(this, layer);
        if (!memoMapObserve(entry, scope3)) return build2(this, scope3);
        deferred = entry.deferred;
        this.map.set(layer, entry);
        return build2(this, entry.scope);
      }), (exit3) => {
        if (deferred) doneUnsafe(deferred, exit3);
      });
    });
  }
};
var makeMemoMapUnsafe = () => new MemoMapImpl();
var forkMemoMapUnsafe = (parent) => new MemoMapImpl(parent);
var makeMemoMap = /* @__PURE__ */ sync(makeMemoMapUnsafe);
var forkMemoMap = (parent) => sync(() => forkMemoMapUnsafe(parent));
var CurrentMemoMap = class _CurrentMemoMap extends (/* @__PURE__ */ Service()("effect/Layer/CurrentMemoMap")) {
  static forkOrCreate(self2) {
    const current = getOrUndefined2(self2, _CurrentMemoMap);
    return current ? forkMemoMapUnsafe(current) : makeMemoMapUnsafe();
  }
};
var buildWithMemoMap = /* @__PURE__ */ dual(3, (self2, memoMap, scope3) => provideService(map2(suspend(() => self2.build(memoMap, scope3)), add(CurrentMemoMap, memoMap)), CurrentMemoMap, memoMap));
var build = (self2) => withFiber((fiber3) => buildWithMemoMap(self2, CurrentMemoMap.forkOrCreate(fiber3.context), getUnsafe(fiber3.context, Scope)));
var buildWithScope = /* @__PURE__ */ dual(2, (self2, scope3) => withFiber((fiber3) => buildWithMemoMap(self2, CurrentMemoMap.forkOrCreate(fiber3.context), scope3)));
var succeed6 = function() {
  if (arguments.length === 1) {
    return (resource) => succeedContext(make4(arguments[0], resource));
  }
  return succeedContext(make4(arguments[0], arguments[1]));
};
var succeedContext = (context4) => fromBuildUnsafe(constant2(succeed3(context4)));
var empty4 = /* @__PURE__ */ succeedContext(/* @__PURE__ */ empty());
var sync3 = function() {
  if (arguments.length === 1) {
    return (evaluate2) => syncContext(() => make4(arguments[0], evaluate2()));
  }
  return syncContext(() => make4(arguments[0], arguments[1]()));
};
var syncContext = (evaluate2) => fromBuildMemo(constant2(sync(evaluate2)));
var effect = function() {
  if (arguments.length === 1) {
    return (effect2) => effectImpl(arguments[0], effect2);
  }
  return effectImpl(arguments[0], arguments[1]);
};
var effectImpl = (service3, effect2) => effectContext(map2(effect2, (value) => make4(service3, value)));
var effectContext = (effect2) => fromBuildMemo((_, scope3) => provide(effect2, scope3));
var effectDiscard = (effect2) => effectContext(as(effect2, empty()));
var suspend2 = (evaluate2) => fromBuildMemo((memoMap, scope3) => suspend(() => evaluate2().build(memoMap, scope3)));
var unwrapKey = /* @__PURE__ */ Service("effect/Layer/unwrap");
var unwrap = (self2) => flatMap2(effect(unwrapKey)(self2), get(unwrapKey));
var mergeAllEffect = (layers, memoMap, scope3) => {
  const parentScope = forkUnsafe2(scope3, "parallel");
  return forEach(layers, (layer) => layer.build(memoMap, forkUnsafe2(parentScope, "sequential")), {
    concurrency: layers.length
  }).pipe(map2((context4) => mergeAll(...context4)));
};
var mergeAll2 = (...layers) => fromBuildMemo((memoMap, scope3) => mergeAllEffect(layers, memoMap, scope3));
var merge2 = /* @__PURE__ */ dual(2, (self2, that) => mergeAll2(self2, ...Array.isArray(that) ? that : [that]));
var provideWith = (self2, that, f) => fromBuildMemo((memoMap, scope3) => flatMap(Array.isArray(that) ? mergeAllEffect(that, memoMap, scope3) : that.build(memoMap, scope3), (context4) => self2.build(memoMap, scope3).pipe(provideContext(context4), map2((merged) => f(merged, context4)))));
var provide2 = /* @__PURE__ */ dual(2, (self2, that) => provideWith(self2, that, identity));
var provideMerge = /* @__PURE__ */ dual(2, (self2, that) => provideWith(self2, that, (self3, that2) => merge(that2, self3)));
var flatMap2 = /* @__PURE__ */ dual(2, (self2, f) => fromBuild((memoMap, scope3) => flatMap(self2.build(memoMap, scope3), (context4) => f(context4).build(memoMap, scope3))));
var tap2 = /* @__PURE__ */ dual(2, (self2, f) => fromBuild((memoMap, scope3) => flatMap(self2.build(memoMap, scope3), (context4) => provide(as(f(context4), context4), scope3))));
var tapError2 = /* @__PURE__ */ dual(2, (self2, f) => fromBuild((memoMap, scope3) => catch_(self2.build(memoMap, scope3), (error) => provide(andThen(f(error), fail4(error)), scope3))));
var tapCause2 = /* @__PURE__ */ dual(2, (self2, f) => fromBuild((memoMap, scope3) => catchCause(self2.build(memoMap, scope3), (cause) => provide(andThen(f(cause), failCause(cause)), scope3))));
var orDie2 = (self2) => fromBuildUnsafe((memoMap, scope3) => orDie(self2.build(memoMap, scope3)));
var catch_2 = /* @__PURE__ */ dual(2, (self2, onError3) => fromBuildUnsafe((memoMap, scope3) => catch_(self2.build(memoMap, scope3), (e) => onError3(e).build(memoMap, scope3))));
var catchTag2 = /* @__PURE__ */ dual(3, (self2, k, f) => fromBuildUnsafe((memoMap, scope3) => catchTag(self2.build(memoMap, scope3), k, (error) => f(error).build(memoMap, scope3))));
var catchCause2 = /* @__PURE__ */ dual(2, (self2, onError3) => fromBuildUnsafe((memoMap, scope3) => catchCause(self2.build(memoMap, scope3), (cause) => onError3(cause).build(memoMap, scope3))));
var updateService2 = /* @__PURE__ */ dual(3, (layer, service3, f) => provide2(layer, effect(service3, map2(service3, f))));
var fresh = (self2) => fromBuildUnsafe((_, scope3) => self2.build(makeMemoMapUnsafe(), scope3));
var launch = (self2) => scoped(andThen(build(self2), never));
var mock = function() {
  if (arguments.length === 1) {
    return (implementation) => mockImpl(arguments[0], implementation);
  }
  return mockImpl(arguments[0], arguments[1]);
};
var mockImpl = (service3, implementation) => succeed6(service3)(new Proxy({
  ...implementation
}, {
  get(target, prop, _receiver) {
    if (prop in target) {
      return target[prop];
    }
    const prevLimit = getStackTraceLimit();
    setStackTraceLimit(2);
    const error = new Error(`${service3.key}: Unimplemented method "${prop.toString()}"`);
    setStackTraceLimit(prevLimit);
    error.name = "UnimplementedError";
    return makeUnimplemented(error);
  },
  has: constTrue
}));
var makeUnimplemented = (error) => {
  const dead = Object.assign(die(error), {
    [StreamTypeId]: StreamTypeId,
    channel: {
      [ChannelTypeId]: ChannelTypeId,
      transform: () => succeed3(dead),
      pipe() {
        return pipeArguments(this, arguments);
      }
    },
    [ChannelTypeId]: ChannelTypeId,
    transform: () => succeed3(dead)
  });
  function unimplemented() {
    return dead;
  }
  Object.assign(unimplemented, dead);
  Object.setPrototypeOf(unimplemented, Object.getPrototypeOf(dead));
  return unimplemented;
};
var StreamTypeId = "~effect/Stream";
var ChannelTypeId = "~effect/Channel";
var satisfiesSuccessType = () => (layer) => layer;
var satisfiesErrorType = () => (layer) => layer;
var satisfiesServicesType = () => (layer) => layer;
var span = (name2, options) => {
  options = addSpanStackTrace(options);
  return effect(ParentSpan, options?.onEnd ? tap(makeSpanScoped(name2, options), (span2) => addFinalizer((exit3) => options.onEnd(span2, exit3))) : makeSpanScoped(name2, options));
};
var parentSpan = (span2) => succeedContext(ParentSpan.context(span2));
var withSpan2 = function() {
  const dataFirst = typeof arguments[0] !== "string";
  const name2 = dataFirst ? arguments[1] : arguments[0];
  const options = addSpanStackTrace(dataFirst ? arguments[2] : arguments[1]);
  if (dataFirst) {
    const self2 = arguments[0];
    return unwrap(map2(options?.onEnd !== void 0 ? tap(makeSpanScoped(name2, options), (span2) => addFinalizer((exit3) => options.onEnd(span2, exit3))) : makeSpanScoped(name2, options), (span2) => withParentSpan2(self2, span2, options)));
  }
  return (self2) => unwrap(map2(options?.onEnd !== void 0 ? tap(makeSpanScoped(name2, options), (span2) => addFinalizer((exit3) => options.onEnd(span2, exit3))) : makeSpanScoped(name2, options), (span2) => withParentSpan2(self2, span2, options)));
};
var withParentSpan2 = function() {
  const dataFirst = isLayer(arguments[0]);
  const span2 = dataFirst ? arguments[1] : arguments[0];
  let options = dataFirst ? arguments[2] : arguments[1];
  let provideStackFrame = identity;
  if (span2._tag === "Span") {
    options = addSpanStackTrace(options);
    provideStackFrame = provideSpanStackFrame2(span2.name, options?.captureStackTrace);
  }
  const parentSpanLayer = parentSpan(span2);
  if (dataFirst) {
    return provide2(provideStackFrame(arguments[0]), parentSpanLayer);
  }
  return (self2) => provide2(provideStackFrame(self2), parentSpanLayer);
};
var provideSpanStackFrame2 = (name2, stack) => {
  stack = typeof stack === "function" ? stack : constUndefined;
  return updateService2(CurrentStackFrame2, (parent) => ({
    name: name2,
    stack,
    parent
  }));
};

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
var catchDone = /* @__PURE__ */ dual(2, (effect2, f) => catchCauseFilter(effect2, filterDoneLeftover, (l) => f(l)));
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
  if (done4 === void 0) return fail3(cause);
  return hasFailure ? fail3(fromReasons(cause.reasons.filter((reason) => !isDoneFailure(reason)))) : succeed2(done4);
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
var TypeId8 = "~effect/Schedule";
var CurrentMetadata = /* @__PURE__ */ Reference("effect/Schedule/CurrentMetadata", {
  defaultValue: /* @__PURE__ */ constant2({
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
  [TypeId8]: {
    _Out: identity,
    _In: identity,
    _Env: identity
  },
  pipe() {
    return pipeArguments(this, arguments);
  }
};
var isSchedule = (u) => hasProperty(u, TypeId8);
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
var fromStepWithMetadata = (step) => fromStep(map2(step, (f) => {
  const meta = metadataFn();
  return (now, input) => f(meta(now, input));
}));
var toStep = (schedule2) => catchCause(schedule2.step, (cause) => succeed3(() => failCause(cause)));
var toStepWithMetadata = (schedule2) => clockWith((clock) => map2(toStep(schedule2), (step) => {
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
var passthrough = (self2) => fromStep(map2(toStep(self2), (step) => (now, input) => matchEffect2(step(now, input), {
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
var while_ = /* @__PURE__ */ dual(2, (self2, predicate) => fromStep(map2(toStep(self2), (step) => {
  const meta = metadataFn();
  return (now, input) => flatMap(step(now, input), (result3) => {
    const [output, duration] = result3;
    const eff = predicate({
      ...meta(now, input),
      output,
      duration
    });
    return flatMap(isEffect(eff) ? eff : succeed3(eff), (check3) => check3 ? succeed3(result3) : done2(output));
  });
})));
var forever2 = /* @__PURE__ */ spaced(zero);

// node_modules/effect/dist/ExecutionPlan.js
var TypeId9 = "~effect/ExecutionPlan";
var Proto2 = {
  [TypeId9]: TypeId9,
  get captureRequirements() {
    const self2 = this;
    return contextWith((context4) => succeed3(makeProto(self2.steps.map((step) => ({
      ...step,
      while: step.while ? (input) => provideContext(step.while(input), context4) : void 0,
      schedule: step.schedule ? fromStep(provideContext(map2(toStep(step.schedule), (next) => (now, input) => provideContext(next(now, input), context4)), context4)) : void 0,
      provide: isLayer(step.provide) ? provide2(step.provide, succeedContext(context4)) : step.provide
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
  defaultValue: /* @__PURE__ */ constant2({
    attempt: 0,
    stepIndex: 0
  })
});

// node_modules/effect/dist/internal/layer.js
var provideLayer = (self2, layer, options) => scopedWith((scope3) => flatMap(options?.local ? buildWithMemoMap(layer, makeMemoMapUnsafe(), scope3) : buildWithScope(layer, scope3), (context4) => provideContext(self2, context4)));
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
  return repeatOrElse(self2, schedule2, fail4);
});
var retry = /* @__PURE__ */ dual(2, (self2, options) => {
  const schedule2 = typeof options === "function" ? options(identity) : isSchedule(options) ? options : buildFromOptions(options);
  return retryOrElse(self2, schedule2, fail4);
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
      return isEffect(applied) ? map2(applied, (b) => !b) : succeed3(!applied);
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
var TypeId10 = "~effect/MutableHashMap";
var MutableHashMapProto = {
  [TypeId10]: TypeId10,
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
var empty5 = () => {
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
  const hash3 = hash2(key);
  const bucket = self2.buckets.get(hash3);
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
var set2 = /* @__PURE__ */ dual(3, (self2, key, value) => {
  if (self2.backing.has(key) || isSimpleKey(key)) {
    self2.backing.set(key, value);
    return self2;
  }
  const hash3 = hash2(key);
  const bucket = self2.buckets.get(hash3);
  if (bucket === void 0) {
    self2.buckets.set(hash3, [key]);
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
  const hash3 = hash2(key_);
  const bucket = self2.buckets.get(hash3);
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
    self2.buckets.delete(hash3);
  }
  return self2;
});

// node_modules/effect/dist/Request.js
var TypeId11 = "~effect/Request";
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
  [TypeId11]: requestVariance
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
  const map6 = empty5();
  return {
    get: (key) => getOrUndefined(get2(map6, key)),
    has: (key) => has(map6, key),
    set: (key, batch) => set2(map6, key, batch),
    delete: (key) => remove(map6, key)
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
    completeUnsafe(effect2) {
      if (completed) return;
      completed = true;
      if (batch && !batch.entrySet.delete(entry)) return;
      resume(effect2);
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
var TypeId12 = "~effect/Metric";
var Metric$ = class {
  [TypeId12] = TypeId12;
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
  valueUnsafe(context4) {
    return this.hook(context4).get(context4);
  }
  modifyUnsafe(input, context4) {
    return this.hook(context4).modify(input, context4);
  }
  updateUnsafe(input, context4) {
    return this.hook(context4).update(input, context4);
  }
  hook(context4) {
    const key = this.key(context4);
    const registry = get(context4, MetricRegistry);
    let metadata = registry.get(key);
    if (isUndefined(metadata)) {
      metadata = this.metadata(this.createHooks());
      registry.set(key, metadata);
    }
    return metadata.hooks;
  }
  removeUnsafe(context4) {
    get(context4, MetricRegistry).delete(this.key(context4));
  }
  registerUnsafe(context4, hooks) {
    const key = this.key(context4);
    const registry = get(context4, MetricRegistry);
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
  key(context4) {
    const extraAttributes = get(context4, CurrentMetricAttributes);
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
var TypeId13 = EffectTypeId;
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
var succeed7 = succeed3;
var succeedNone2 = succeedNone;
var succeedSome2 = succeedSome;
var suspend3 = suspend;
var sync4 = sync;
var void_3 = void_;
var undefined_2 = undefined_;
var callback2 = callback;
var never2 = never;
var Do2 = Do;
var bindTo3 = bindTo2;
var let_3 = let_2;
var bind3 = bind2;
var gen3 = gen2;
var fail8 = fail4;
var failSync3 = failSync;
var failCause4 = failCause;
var failCauseSync3 = failCauseSync;
var die5 = die;
var try_2 = try_;
var yieldNow2 = yieldNow;
var yieldNowWith2 = yieldNowWith;
var withFiber2 = withFiber;
var withFiberSucceed2 = withFiberSucceed;
var fromResult2 = fromResult;
var fromOption3 = fromOption2;
var transposeOption2 = transposeOption;
var fromNullishOr2 = fromNullishOr;
var flatMap3 = flatMap;
var flatten5 = flatten4;
var andThen2 = andThen;
var tap3 = tap;
var result2 = result;
var option3 = option2;
var exit2 = exit;
var map5 = map2;
var as2 = as;
var asSome2 = asSome;
var asVoid3 = asVoid;
var flip2 = flip;
var zip2 = zip;
var zipWith2 = zipWith;
var catch_3 = catch_;
var catchTag3 = catchTag;
var catchTags2 = catchTags;
var catchReason2 = catchReason;
var catchReasons2 = catchReasons;
var unwrapReason2 = unwrapReason;
var catchCause3 = catchCause;
var catchDefect2 = catchDefect;
var catchIf2 = catchIf;
var catchFilter2 = catchFilter;
var catchNoSuchElement2 = catchNoSuchElement;
var catchCauseIf2 = catchCauseIf;
var catchCauseFilter2 = catchCauseFilter;
var mapError4 = mapError2;
var mapBoth3 = mapBoth;
var orDie3 = orDie;
var tapError3 = tapError;
var tapErrorTag2 = tapErrorTag;
var tapCause3 = tapCause;
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
var timeout3 = timeout2;
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
var match5 = match3;
var matchEager2 = matchEager;
var matchCause2 = matchCause;
var matchCauseEager2 = matchCauseEager;
var matchCauseEffectEager2 = matchCauseEffectEager;
var matchCauseEffect2 = matchCauseEffect;
var matchEffect3 = matchEffect;
var isFailure5 = isFailure3;
var isSuccess5 = isSuccess3;
var context3 = context2;
var contextWith2 = contextWith;
var provide4 = provide3;
var provideContext2 = provideContext;
var setContext2 = setContext;
var service2 = service;
var serviceOption2 = serviceOption;
var updateContext2 = updateContext;
var updateService3 = updateService;
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
var interrupt5 = interrupt;
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
var withSpan3 = withSpan;
var withSpanScoped2 = withSpanScoped;
var withParentSpan3 = withParentSpan;
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
var withLogger = /* @__PURE__ */ dual(2, (effect2, logger) => updateService(effect2, CurrentLoggers, (loggers) => /* @__PURE__ */ new Set([...loggers, logger])));
var annotateLogs = /* @__PURE__ */ dual((args2) => isEffect2(args2[0]), (effect2, ...args2) => updateService(effect2, CurrentLogAnnotations2, (annotations2) => {
  const newAnnotations = args2.length === 1 ? {
    ...annotations2,
    ...args2[0]
  } : {
    ...annotations2
  };
  if (args2.length === 1) {
    return newAnnotations;
  } else {
    assignProperty(newAnnotations, args2[0], args2[1]);
  }
  return newAnnotations;
}));
var annotateLogsScoped2 = annotateLogsScoped;
var withLogSpan = /* @__PURE__ */ dual(2, (effect2, label) => flatMap(currentTimeMillis, (now) => updateService(effect2, CurrentLogSpans2, (spans) => {
  const span2 = [label, now];
  return [span2, ...spans];
})));
var track = /* @__PURE__ */ dual((args2) => isEffect2(args2[0]), (self2, metric, f) => onExit2(self2, (exit3) => {
  const input = f === void 0 ? exit3 : f(exit3);
  return update(metric, input);
}));
var trackSuccesses = /* @__PURE__ */ dual((args2) => isEffect2(args2[0]), (self2, metric, f) => tap3(self2, (value) => {
  const input = f === void 0 ? value : f(value);
  return update(metric, input);
}));
var trackErrors = /* @__PURE__ */ dual((args2) => isEffect2(args2[0]), (self2, metric, f) => tapError3(self2, (error) => {
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
var tx = (effect2) => withFiber2((fiber3) => {
  const state = getOrUndefined2(fiber3.context, Transaction);
  if (state && !completedTransactions.has(state)) {
    return effect2;
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
    const run = restore(effect2).pipe(provideService2(Transaction, mutable), tapCause3((cause) => {
      if (!mutable.retry) return void_3;
      if (!hasInterruptsOnly(cause)) return sync4(() => clearTransaction(mutable));
      return restore(awaitPendingTransaction(mutable));
    }), exit2);
    return flatMap3(whileLoop2({
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
    return resume(void_3);
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
    resume(void_3);
  };
  for (const ref of refs) {
    ref.pending.set(key, onCall);
  }
  return sync4(clearPending);
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
var txRetry = /* @__PURE__ */ flatMap3(Transaction, (state) => {
  const mutable = state;
  mutable.retry = true;
  return interrupt5;
});
var effectify = (fn3, onError3, onSyncError) => (...args2) => callback2((resume) => {
  let synchronous = true;
  let pending;
  try {
    fn3(...args2, (err, result3) => {
      const effect2 = err ? onError3 ? suspend3(() => fail8(onError3(err, args2))) : fail8(err) : succeed7(result3);
      if (synchronous) {
        pending ??= effect2;
      } else {
        resume(effect2);
      }
    });
  } catch (err) {
    pending = onSyncError ? fail8(onSyncError(err, args2)) : die5(err);
  }
  synchronous = false;
  if (pending) {
    resume(pending);
  }
});
var satisfiesSuccessType2 = () => (effect2) => effect2;
var satisfiesErrorType2 = () => (effect2) => effect2;
var satisfiesServicesType2 = () => (effect2) => effect2;
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
    releasable: ({ context: context4, event }) => event.type === "release.request" && event.leaseHeld && event.epoch <= (context4.releaseOnSend ? context4.sent : context4.acked) && event.epoch > context4.released,
    lostLease: ({ event }) => event.type === "release.request" && !event.leaseHeld,
    granted: ({ event }) => event.type === "lease.result" && event.granted,
    isSilenceTimer: ({ event }) => event.type === "timer" && event.name === SILENCE2
  },
  actions: {
    // Arm the backup failure detector when the first outstanding checkpoint leaves.
    noteSent: enqueueActions(({ context: context4, event, enqueue }) => {
      if (event.type !== "checkpoint.sent") return;
      if (context4.sent <= context4.acked) enqueue.emit({ type: "timer.set", name: SILENCE2, afterUs: context4.detectionTimeoutUs });
      enqueue.assign({ sent: event.epoch });
    }),
    // Each acknowledgement re-arms the detector while checkpoints are still outstanding.
    noteAck: enqueueActions(({ context: context4, event, enqueue }) => {
      if (event.type !== "repl.ack" || event.epoch <= context4.acked) return;
      enqueue.assign({ acked: event.epoch });
      enqueue.emit({ type: "acked", epoch: event.epoch });
      if (event.epoch < context4.sent) enqueue.emit({ type: "timer.set", name: SILENCE2, afterUs: context4.detectionTimeoutUs });
      else enqueue.emit({ type: "timer.cancel", name: SILENCE2 });
    }),
    /** Any sign of life from the backup re-arms the detector while checkpoints are outstanding. */
    noteHeartbeat: enqueueActions(({ context: context4, enqueue }) => {
      if (context4.acked < context4.sent) enqueue.emit({ type: "timer.set", name: SILENCE2, afterUs: context4.detectionTimeoutUs });
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
var sleepUs = (us) => Effect_exports.sleep(Duration_exports.millis(us / 1e3));
var forkOnKernel = (kernel, actor, effect2) => {
  const fiber3 = Effect_exports.runFork(effect2.pipe(Effect_exports.provideService(Clock_exports.Clock, kernelClock(kernel, actor))), {
    scheduler: kernelScheduler(kernel)
  });
  kernel.drainTasks();
  return fiber3;
};
var interruptNow = (kernel, fiber3) => {
  fiber3.interruptUnsafe();
  kernel.drainTasks();
};

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
var epochLoop = (watch) => Effect_exports.gen(function* () {
  const policy = yield* CheckpointPolicy;
  const guest = yield* GuestControl;
  const output = yield* OutputQueue;
  const softPages = yield* SoftPages;
  const compressor = yield* PageCompressor;
  const link = yield* ReplicationLink;
  const protocol = yield* PrimaryProtocol;
  yield* Effect_exports.forkChild(watch.watched("release", releaseInOrder(link, output)));
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
    yield* sleepUs(output.releaseLatencyUs);
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
  awaitCheckpoint: () => sleepUs(epochUs)
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
    const keep3 = [];
    for (let i = 0; i < captured.indices.length; i++) {
      const p = captured.indices[i];
      if (this.trustHint && hint[p]) continue;
      keep3.push(i);
      since[p] = 1;
      this.told[p] = 0;
    }
    const soft = [];
    for (let p = 0; p < hint.length; p++)
      if (hint[p] && !since[p] && !this.told[p]) {
        soft.push(p);
        this.told[p] = 1;
      }
    if (keep3.length === captured.indices.length) return { pages: captured, soft: Int32Array.from(soft) };
    const data = new Uint8Array(keep3.length * PAGE_SIZE);
    const zero2 = captured.zero && Uint8Array.from(keep3, (i) => captured.zero[i]);
    keep3.forEach((i, j) => {
      if (!zero2?.[j]) data.set(captured.data.subarray(i * PAGE_SIZE, (i + 1) * PAGE_SIZE), j * PAGE_SIZE);
    });
    return { pages: { indices: Int32Array.from(keep3, (i) => captured.indices[i]), data, ...zero2 ? { zero: zero2 } : {} }, soft: Int32Array.from(soft) };
  }
};

// src/compress/encoded-pages.ts
var keep = (e) => e.owned ? e : { ...e, bytes: e.bytes.slice(), owned: true };
var emptyStats = () => ({ pages: 0, raw: 0, zero: 0, deltaSame: 0, deltaRef: 0, rawBytes: 0, wireBytes: 0 });

// src/epoch/inert-services.ts
var nothingCaptured = { pages: { indices: new Int32Array(0), data: new Uint8Array(0) }, vcpu: { ticks: 0, rng: [0, 0, 0, 0] }, device: { conns: {} }, digest: "" };
var noPages = { bytes: new Uint8Array(0), offsets: new Int32Array(1), wire: new Int32Array(1), stats: emptyStats(), owned: true };
var inertServices = {
  CheckpointPolicy: { awaitCheckpoint: () => Effect_exports.never },
  GuestControl: { pause: Effect_exports.void, capture: () => Effect_exports.succeed(nothingCaptured), resume: Effect_exports.void },
  SoftPages: { filter: () => Effect_exports.succeed({ pages: nothingCaptured.pages, soft: new Int32Array(0) }) },
  PageCompressor: { encode: () => Effect_exports.succeed(noPages) },
  OutputQueue: { closeBarrier: () => Effect_exports.succeed({ packets: [], writes: [] }), releasedThrough: Effect_exports.succeed(-1), releaseLatencyUs: 0, requestRelease: () => Effect_exports.void },
  ReplicationLink: { send: () => Effect_exports.succeed(0), awaitAck: () => Effect_exports.never },
  PrimaryProtocol: { signal: () => Effect_exports.void }
};
var epochServiceNames = Object.keys(inertServices);

// src/compress/bit-projection.ts
var KEY_BITS = 32;
var STRIPE = WORDS_PER_PAGE / KEY_BITS;
var positions = (() => {
  const word = new Int32Array(KEY_BITS);
  const bit = new Int32Array(KEY_BITS);
  for (let i = 0; i < KEY_BITS; i++) {
    const h2 = fmix(24301 + i);
    word[i] = i * STRIPE + h2 % STRIPE;
    bit[i] = h2 >>> 8 & 31;
  }
  return { word, bit };
})();
var projectionKey = (words, base) => {
  const { word, bit } = positions;
  let key = 0;
  for (let i = 0; i < KEY_BITS; i++) key |= (words[base + word[i]] >>> bit[i] & 1) << i;
  return key >>> 0;
};

// src/compress/record-output.ts
var RecordOutput = class {
  /** Where a buffer the caller keeps comes from (`exactBytes`); contents need not be zero. */
  constructor(allocate = unzeroed2) {
    this.allocate = allocate;
  }
  allocate;
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
    if (exactBytes !== void 0) this.buffer = this.allocate(exactBytes);
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
var unzeroed2 = (bytes) => new Uint8Array(Buffer.allocUnsafeSlow(bytes).buffer, 0, bytes);

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
  out;
  constructor(allocate) {
    this.out = new RecordOutput(allocate);
  }
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
var makeEncoder = (params, pages, staleReferences = false, allocate) => {
  switch (params.compressor) {
    case "none":
      return new RawEncoder(allocate);
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
    const items2 = this.closed.get(epoch) ?? [];
    this.closed.delete(epoch);
    return items2;
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

// src/sim/fiber-watch.ts
var FiberWatch = class {
  constructor(sim, host) {
    this.sim = sim;
    this.host = host;
  }
  sim;
  host;
  stopping = false;
  /** `effect`, reporting how it ended unless its host stopped it. */
  watched(fiber3, effect2) {
    return Effect_exports.onExit(effect2, (exit3) => Effect_exports.sync(() => this.ended(fiber3, exit3)));
  }
  /**
   * Stop `fibers` on purpose (and with them the fibers they forked). A host
   * stops its fibers for good, possibly from inside one of them (a crash at a
   * protocol point), which then ends at its next step: from now on an
   * interruption is expected.
   */
  stop(...fibers) {
    this.stopping = true;
    for (const f of fibers) if (f) interruptNow(this.sim, f);
  }
  ended(fiber3, exit3) {
    if (this.stopping && Exit_exports.isFailure(exit3) && Cause_exports.hasInterruptsOnly(exit3.cause)) return;
    const how = Exit_exports.isSuccess(exit3) ? "returned" : Cause_exports.hasInterruptsOnly(exit3.cause) ? "interrupted" : `failed: ${Cause_exports.pretty(exit3.cause).split("\n")[0]}`;
    this.sim.observe({ kind: "fiber-died", host: this.host, fiber: fiber3, how });
  }
};

// src/hosts/primary-host.ts
var PrimaryHost = class {
  constructor(kernel, params, link, network, record2, injector, storage) {
    this.kernel = kernel;
    this.params = params;
    this.link = link;
    this.network = network;
    this.record = record2;
    this.injector = injector;
    this.storage = storage;
    this.watch = new FiberWatch(kernel, "primary");
    const memory = new GuestMemory(params.pages, true, kernel.reusable(params.pages * PAGE_SIZE, () => memory.zeroWritten()), (n) => kernel.scratch(n));
    this.softPages = new SoftPageFilter(params.pages, params.bug === "skip-dirty-soft-pages");
    this.guest = Guest.boot(memory, params.workload, params.guestSeed, kernel.rng("primary/nondet"), this.diskIo);
    const bootHint = params.workload.files?.softHintUs && this.guest.cache ? this.guest.cache.softPages() : [];
    if (bootHint.length) this.softPages.receiveHint(bootHint);
    memory.markAllDirty(bootHint);
    this.encoder = makeEncoder(params.compression, params.pages, params.bug === "stale-delta-reference", (n) => kernel.scratch(n));
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
        mayRelease: () => native || record2.holds("primary")
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
  /** The messages the primary reacts to, for the protocol (test/sabotage.test.ts deletes each reaction in turn). */
  static handles = ["repl.msg:ack", "repl.msg:heartbeat", "client.request", "client.packet", "timer", "link.down", "storage.claim-done"];
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
  watch;
  execution;
  encoder;
  /** With real TCP: the guest's connections and the hypervisor's side of them. */
  tcp;
  start() {
    if (this.params.net?.tcp.mode === "native") this.unprotected = true;
    else this.loop = forkOnKernel(this.kernel, this.id, this.watch.watched("epoch-loop", epochLoop(this.watch)).pipe(Effect_exports.provide(this.services())));
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
  /** Crash-stop (the fault injector's doing). */
  crash() {
    if (this.down && this.machine.matches("crashed")) return;
    this.down = true;
    crashStop(this.kernel, "primary", this.machine, () => this.stopFibers());
  }
  stopFibers() {
    this.execution.stop();
    this.tcp?.stack.stop();
    this.tcp?.hyper.stop();
    this.watch.stop(this.loop);
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
        this.link.observeClaim("primary");
        this.kernel.after(this.params.storageLatencyUs, this.id, { type: "storage.claim-done" });
        return;
      case "go-unprotected":
        this.watch.stop(this.loop);
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
    for (const r2 of held) this.onRequest(r2.client, r2.seq);
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
  /**
   * The epoch loop's services (src/epoch/services.ts), on this host, as one
   * Layer: the compiler checks that every one is here. A test-only switch
   * (`sabotage.service`) swaps one for its inert version.
   */
  services() {
    const s = this.serviceImpls();
    const deleted = this.params.sabotage?.service;
    const pick2 = (name2) => deleted === name2 ? inertServices[name2] : s[name2];
    return Layer_exports.mergeAll(
      Layer_exports.succeed(CheckpointPolicy)(pick2("CheckpointPolicy")),
      Layer_exports.succeed(GuestControl)(pick2("GuestControl")),
      Layer_exports.succeed(SoftPages)(pick2("SoftPages")),
      Layer_exports.succeed(PageCompressor)(pick2("PageCompressor")),
      Layer_exports.succeed(OutputQueue)(pick2("OutputQueue")),
      Layer_exports.succeed(ReplicationLink)(pick2("ReplicationLink")),
      Layer_exports.succeed(PrimaryProtocol)(pick2("PrimaryProtocol"))
    );
  }
  serviceImpls() {
    return {
      CheckpointPolicy: fixedEpochs(this.params.epochUs),
      PrimaryProtocol: { signal: (e) => Effect_exports.sync(() => this.signal(e)) },
      GuestControl: {
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
          return sleepUs(pauseUs).pipe(Effect_exports.as({ pages, vcpu, device, digest }));
        }),
        resume: Effect_exports.sync(() => this.resumeGuest())
      },
      SoftPages: { filter: (_epoch, pages) => Effect_exports.sync(() => this.softPages.filter(pages)) },
      PageCompressor: {
        encode: (_epoch, pages, dropped) => Effect_exports.sync(() => {
          if (dropped.length) this.encoder.dropped?.(dropped);
          return keep(this.encoder.encode(pages));
        })
      },
      OutputQueue: {
        closeBarrier: (epoch) => Effect_exports.sync(() => ({ packets: this.epochOutput(epoch), writes: this.disk.closeBarrier(epoch), ...this.speculationState() })),
        releasedThrough: Effect_exports.sync(() => this.releasedThrough),
        releaseLatencyUs: this.params.releaseLatencyUs,
        requestRelease: (epoch) => Effect_exports.sync(() => {
          if (!this.down) this.signal({ type: "release.request", epoch, leaseHeld: this.record.holds("primary") });
        })
      },
      ReplicationLink: {
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
      }
    };
  }
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
  /** Packets so far per `client/direction` (for Reach). */
  get packetCounts() {
    return this.counts;
  }
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
      ...segment.lastProducedAt !== void 0 ? { lastProducedAt: segment.lastProducedAt } : {},
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
    const h2 = this.heap;
    h2.push(entry);
    let i = h2.length - 1;
    while (i > 0) {
      const parent = i - 1 >> 1;
      if (!before(entry, h2[parent])) break;
      h2[i] = h2[parent];
      i = parent;
    }
    h2[i] = entry;
    return entry;
  }
  peek() {
    return this.heap[0];
  }
  pop() {
    const h2 = this.heap;
    if (h2.length === 0) return void 0;
    const top = h2[0];
    const last = h2.pop();
    if (h2.length > 0) {
      let i = 0;
      const n = h2.length;
      for (; ; ) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r2 = l + 1;
        const c = r2 < n && before(h2[r2], h2[l]) ? r2 : l;
        if (!before(h2[c], last)) break;
        h2[i] = h2[c];
        i = c;
      }
      h2[i] = last;
    }
    return top;
  }
};
var before = (a, b) => a.at < b.at || a.at === b.at && a.seq < b.seq;

// src/sim/rng.ts
var Rng = class {
  gen;
  constructor(seed, stream2) {
    this.gen = xoroshiro128plus(streamSeed(seed, stream2));
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
var streamSeed = (seed, stream2) => {
  let h2 = 2166136261 ^ (seed | 0);
  for (let i = 0; i < stream2.length; i++) {
    h2 ^= stream2.charCodeAt(i);
    h2 = Math.imul(h2, 16777619);
  }
  h2 ^= Math.imul(seed | 0, 2654435761);
  h2 ^= h2 >>> 16;
  h2 = Math.imul(h2, 2246822507);
  h2 ^= h2 >>> 13;
  h2 = Math.imul(h2, 3266489909);
  h2 ^= h2 >>> 16;
  return h2 | 0;
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
  fill(i, t, actor, type, summary, state) {
    this.events[i] = { i, t, actor, type, summary, state };
  }
  event(t, actor, type, summary, state) {
    this.fill(this.reserve(), t, actor, type, summary, state);
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
  const h2 = createHash2("sha256");
  const lines = [];
  const flush = () => {
    h2.update(lines.join(""));
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
  return h2.digest("hex");
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
var zeroed = /* @__PURE__ */ new Map();
var scratch = /* @__PURE__ */ new Map();
var check2 = process.env.EPOCHLAB_CHECK_POOL === "1";
var KEEP = 16;
var takeZeroed = (bytes) => zeroed.get(bytes)?.pop() ?? new Uint8Array(bytes);
var giveBackZeroed = (buffer) => {
  if (check2) {
    const words = new Int32Array(buffer.buffer, buffer.byteOffset, buffer.byteLength >>> 2);
    for (let i = 0; i < words.length; i++)
      if (words[i] !== 0) throw new Error(`buffer pool: a ${buffer.byteLength}-byte buffer came back with bytes at ${4 * i} (an owner wrote it without marking the page)`);
  }
  keep2(zeroed, buffer.byteLength, buffer);
};
var takeScratch = (bytes) => {
  const size = sizeClass(bytes);
  const buffer = scratch.get(size)?.pop() ?? Buffer.allocUnsafeSlow(size).buffer;
  return new Uint8Array(buffer, 0, bytes);
};
var giveBackScratch = (buffer) => keep2(scratch, buffer.byteLength, buffer);
var keep2 = (free, size, item) => {
  const list = free.get(size) ?? [];
  if (list.length < KEEP) list.push(item);
  free.set(size, list);
};
var sizeClass = (bytes) => {
  let size = 1 << 16;
  while (size < bytes) size *= 2;
  return size;
};

// src/sim/kernel.ts
var Kernel = class {
  constructor(seed, options = {}) {
    this.seed = seed;
    this.full = (options.record ?? "full") === "full";
    this.trace = new TraceRecorder(this.full);
    this.engine = options.engine ?? "compiled";
    this.ignore = options.ignore;
  }
  seed;
  now = 0;
  trace;
  engine;
  full;
  leases = [];
  scratchLeases = /* @__PURE__ */ new Set();
  queue = new EventQueue();
  actors = /* @__PURE__ */ new Map();
  tasks = [];
  draining = false;
  currentEvent = -1;
  deliveries = 0;
  ignore;
  ignored(actor, event) {
    const i = this.ignore;
    if (i.actor !== actor) return false;
    const kind = event.kind;
    return i.event === event.type || typeof kind === "string" && i.event === `${event.type}:${kind}`;
  }
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
  rng(stream2) {
    return new Rng(this.seed, stream2);
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
  scratch(bytes) {
    const view = takeScratch(bytes);
    this.scratchLeases.add(view.buffer);
    return view;
  }
  recycle(view) {
    const buffer = view.buffer;
    if (this.scratchLeases.delete(buffer)) giveBackScratch(buffer);
  }
  /** The run is over and nothing will read its hosts again: leased buffers go back to the pool. */
  dispose() {
    for (const { buffer, zeroAgain } of this.leases.splice(0)) {
      zeroAgain(buffer);
      giveBackZeroed(buffer);
    }
    for (const buffer of this.scratchLeases) giveBackScratch(buffer);
    this.scratchLeases.clear();
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
    else if (!this.ignore || !this.ignored(d.actor, d.event)) actor.deliver(d.event);
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
  rng(stream2) {
    return this.kernel.rng(this.id(stream2));
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
  scratch(bytes) {
    return this.kernel.scratch(bytes);
  }
  recycle(view) {
    this.kernel.recycle(view);
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

// src/faults/injector.ts
var FaultInjector = class {
  constructor(sim, faults) {
    this.sim = sim;
    this.pending = faults.filter((f) => f.kind === "crash-at");
    for (const f of faults) {
      if (f.kind === "crash") sim.schedule(f.atUs, this.id, { type: "fault.crash", host: f.host });
      if (f.kind === "link-disconnect") sim.schedule(f.atUs, this.id, { type: "fault.disconnect" });
    }
  }
  sim;
  id = "faults";
  pending;
  targets;
  /** The protocol points the run reached (for Reach). */
  points = /* @__PURE__ */ new Set();
  /** The hosts and link of this VM, once they exist. */
  attach(targets) {
    this.targets = targets;
  }
  deliver(event) {
    if (event.type === "fault.crash") this.targets?.hosts[event.host]?.crash();
    else if (event.type === "fault.disconnect") this.targets?.link.disconnect();
  }
  state() {
    return this.pending.length ? `armed:${this.pending.length}` : "idle";
  }
  reached(point, epoch) {
    this.points.add(point === "during-failover" ? point : `${point}:${epoch}`);
    if (this.pending.length === 0) return;
    for (const f of [...this.pending]) {
      if (f.point !== point || point !== "during-failover" && f.epoch !== epoch) continue;
      this.pending.splice(this.pending.indexOf(f), 1);
      this.sim.note(f.host, { type: "fault.crash", at: `${point}${point === "during-failover" ? "" : `:${epoch}`}` }, "crashing");
      this.targets?.hosts[f.host]?.crash();
    }
  }
};

// src/scenario/simulate.ts
var simulate = (input) => {
  const { scenario: scenario2, seed } = input;
  const kernel = new Kernel(seed, input.options);
  const vms = scenario2.consolidation;
  let reach;
  if (!vms) reach = buildVm(kernel, input, input.faults);
  else {
    const pool = new BackupPool(kernel, vms.backupCapacityPages);
    for (let i = 1; i <= vms.vms; i++) {
      const vm = `vm${i}`;
      if (!pool.admit(vm, vms.reservePages, scenario2.host.pages)) continue;
      const faults = input.faults.filter((f) => faultVm(f) === vm);
      buildVm(new VmScope(kernel, vm), { ...input, seed: seed + i - 1 }, faults, { pool, vm });
    }
  }
  kernel.run(scenario2.durationUs);
  const result3 = { input, trace: kernel.finish(), eventCount: kernel.eventCount, ...reach ? { reach: reach() } : {} };
  kernel.dispose();
  return result3;
};
var buildVm = (sim, input, faults, share) => {
  const { scenario: scenario2, seed } = input;
  const record2 = new ActivationRecord();
  const { tcp } = scenario2;
  const network = new ClientNetwork(sim, scenario2.clientPath, faults.filter(isClientFault), tcp !== void 0);
  const link = new LinkHost(sim, scenario2.link, faults.filter(isLinkFault));
  const injector = new FaultInjector(sim, faults);
  const clientIds = Array.from({ length: scenario2.clients }, (_, i) => `client-${i + 1}`);
  const net = tcp && { tcp, clients: clientIds, requestBytes: scenario2.client.requestBytes };
  const deleted = input.options?.deleteService;
  const params = { ...scenario2.host, guestSeed: seed, bug: input.bug, ...net ? { net } : {}, ...deleted ? { sabotage: { service: deleted } } : {} };
  const storage = new StorageHost(sim, new BlockStore(), scenario2.host.storageLatencyUs);
  const primary = new PrimaryHost(sim, params, link, network, record2, injector, storage);
  const backup = tcp?.mode === "native" ? [] : [new BackupHost(sim, params, link, network, record2, injector, storage, share)];
  const clients = clientIds.map((id) => new ClientHost(sim, id, scenario2.client, network, tcp));
  for (const a of [primary, ...backup, link, new NetHost(network), storage, injector, ...clients]) sim.register(a);
  injector.attach({ hosts: { primary, ...backup[0] ? { backup: backup[0] } : {} }, link });
  for (const c of clients.slice(tcp?.bulkClients ?? 0)) sim.schedule(scenario2.clientStartUs, c.id, { type: "start" });
  primary.start();
  return () => ({ points: injector.points, linkSent: link.sentCounts, clientPackets: new Map(network.packetCounts) });
};

// src/scenario/run.ts
var runScenario = (scenario2, seed, faults = [], bug, options) => {
  const sim = simulate({ scenario: scenario2, seed, faults, bug, options });
  return {
    scenario: scenario2,
    seed,
    faults,
    bug,
    trace: sim.trace,
    eventCount: sim.eventCount,
    metrics: metricsOf(sim.trace),
    verdicts: judge({ scenario: scenario2, faults, trace: sim.trace }),
    ...sim.reach ? { reach: sim.reach } : {}
  };
};

// src/scenario/swarm.ts
var sizeKeys = ["pages", "epochUs", "linkBytesPerSecond", "linkLatencyUs", "detectionTimeoutUs", "durationUs", "writesPerTick", "clients"];
var applySize = (base, size) => ({
  ...base,
  durationUs: size.durationUs,
  clientStartUs: Math.round(base.clientStartUs * size.durationUs / base.durationUs),
  clients: size.clients,
  host: {
    ...base.host,
    pages: size.pages,
    epochUs: size.epochUs,
    detectionTimeoutUs: size.detectionTimeoutUs,
    workload: { ...base.host.workload, writesPerTick: size.writesPerTick },
    compression: base.host.compression.compressor === "xbzrle" ? { ...base.host.compression, xbzrleCachePages: defaultXbzrleCachePages(size.pages) } : base.host.compression
  },
  link: { bytesPerSecond: size.linkBytesPerSecond, latencyUs: size.linkLatencyUs }
});
var largest = (s) => Object.fromEntries(sizeKeys.map((k) => [k, s.swarm[k][1]]));
var fitFaults = (s, faults) => faults.filter((f) => {
  if ("atUs" in f && f.atUs >= s.durationUs) return false;
  if ("client" in f && Number(f.client.slice("client-".length)) > s.clients) return false;
  return true;
});

// fuzz/arbitraries.ts
var faultArb = (s) => {
  const vms = s.consolidation?.vms ?? 1;
  if (vms === 1) return oneVmFaultArb(s);
  return fast_check_default.tuple(oneVmFaultArb(s), fast_check_default.integer({ min: 1, max: vms })).map(([f, i]) => ({ ...f, vm: `vm${i}` }));
};
var oneVmFaultArb = (s) => {
  const end = s.durationUs;
  const epochs = Math.max(1, Math.floor(end / s.host.epochUs));
  const host = fast_check_default.constantFrom("primary", "backup");
  const time = fast_check_default.integer({ min: 0, max: end - 1 });
  const window2 = fast_check_default.integer({ min: 1e3, max: 4e5 });
  const direction = fast_check_default.constantFrom("both", "primary->backup", "backup->primary");
  const nth = fast_check_default.integer({ min: 1, max: epochs * 4 });
  const client = fast_check_default.integer({ min: 1, max: s.clients }).map((i) => `client-${i}`);
  const clientDirection = fast_check_default.constantFrom("to-client", "to-vm");
  return fast_check_default.oneof(
    { weight: 5, arbitrary: fast_check_default.record({ kind: fast_check_default.constant("crash"), host, atUs: time }) },
    {
      weight: 4,
      arbitrary: fast_check_default.record({
        kind: fast_check_default.constant("crash-at"),
        host,
        point: fast_check_default.constantFrom(...protocolPoints),
        epoch: fast_check_default.integer({ min: 1, max: epochs })
      })
    },
    { weight: 3, arbitrary: fast_check_default.record({ kind: fast_check_default.constant("link-partition"), direction, atUs: time, durationUs: window2 }) },
    { weight: 1, arbitrary: fast_check_default.record({ kind: fast_check_default.constant("link-drop"), direction, nth }) },
    { weight: 1, arbitrary: fast_check_default.record({ kind: fast_check_default.constant("link-duplicate"), direction, nth }) },
    {
      weight: 1,
      arbitrary: fast_check_default.record({ kind: fast_check_default.constant("link-delay"), direction, atUs: time, durationUs: window2, extraUs: fast_check_default.integer({ min: 100, max: 1e5 }) })
    },
    {
      weight: 1,
      arbitrary: fast_check_default.record({
        kind: fast_check_default.constant("link-bandwidth"),
        direction,
        atUs: time,
        durationUs: window2,
        factor: fast_check_default.constantFrom(0.5, 0.1, 0.01)
      })
    },
    { weight: 1, arbitrary: fast_check_default.record({ kind: fast_check_default.constant("link-disconnect"), atUs: time }) },
    { weight: 1, arbitrary: fast_check_default.record({ kind: fast_check_default.constant("client-drop"), client, direction: clientDirection, nth }) },
    { weight: 1, arbitrary: fast_check_default.record({ kind: fast_check_default.constant("client-duplicate"), client, direction: clientDirection, nth }) },
    { weight: 1, arbitrary: fast_check_default.record({ kind: fast_check_default.constant("client-reorder"), client, nth }) },
    {
      weight: 1,
      arbitrary: fast_check_default.record({
        kind: fast_check_default.constant("client-delay"),
        client,
        direction: clientDirection,
        atUs: time,
        durationUs: window2,
        extraUs: fast_check_default.integer({ min: 100, max: 5e4 })
      })
    }
  );
};
var sizeArb = (ranges) => fast_check_default.record(Object.fromEntries(sizeKeys.map((k) => [k, smallMostly(ranges[k][0], ranges[k][1])])));
var STEPS = 1e3;
var smallMostly = (lo, hi) => lo === hi ? fast_check_default.constant(lo) : fast_check_default.integer({ min: 0, max: STEPS }).map((u) => lo + Math.round((hi - lo) * u * u / (STEPS * STEPS)));
var scheduleArb = (s, maxFaults = 3) => fast_check_default.array(faultArb(s), { maxLength: maxFaults });

// src/faults/reach.ts
var inertIn = (reach, f) => {
  switch (f.kind) {
    case "crash-at":
      return !reach.points.has(f.point === "during-failover" ? f.point : `${f.point}:${f.epoch}`);
    case "link-drop":
    case "link-duplicate": {
      const { primary, backup } = reach.linkSent;
      const sent = f.direction === "both" ? Math.max(primary, backup) : f.direction === "primary->backup" ? primary : backup;
      return f.nth > sent;
    }
    case "client-drop":
    case "client-duplicate":
      return f.nth > (reach.clientPackets.get(`${f.client}/${f.direction}`) ?? 0);
    case "client-reorder":
      return f.nth > (reach.clientPackets.get(`${f.client}/to-client`) ?? 0);
    default:
      return false;
  }
};

// fuzz/campaign.ts
var FACTS = { record: "facts" };
var campaign = (o) => {
  const started = performance.now();
  if (o.swarm && !o.scenario.swarm) throw new Error(`scenario ${o.scenario.name} declares no swarm ranges`);
  const arb = o.swarm ? fast_check_default.tuple(sizeArb(o.scenario.swarm), scheduleArb(applySize(o.scenario, largest(o.scenario)), o.maxFaults)) : scheduleArb(o.scenario, o.maxFaults).map((f) => [void 0, f]);
  const world = ([size, drawn]) => {
    const scenario2 = size ? applySize(o.scenario, size) : o.scenario;
    return { scenario: scenario2, faults: size ? fitFaults(scenario2, drawn) : drawn, size };
  };
  let runs2 = 0;
  const judged = /* @__PURE__ */ new Map();
  let simulated = 0;
  const judge2 = (w) => {
    const key = JSON.stringify([w.size ?? null, w.faults]);
    let j = judged.get(key);
    if (!j) {
      const reference = w.faults.length ? judged.get(JSON.stringify([w.size ?? null, []])) : void 0;
      if (reference?.reach && w.faults.every((f) => inertIn(reference.reach, f))) j = reference;
      else {
        if (judged.size >= MEMO_LIMIT) judged.clear();
        const r2 = runScenario(w.scenario, o.seed, w.faults, o.bug, FACTS);
        simulated++;
        j = { verdicts: r2.verdicts, ...w.faults.length === 0 && r2.reach ? { reach: r2.reach } : {} };
      }
      judged.set(key, j);
    }
    return j.verdicts;
  };
  const verdicts = (c) => judge2(world(c));
  if (!o.swarm) judge2(world([void 0, []]));
  const report = (c) => {
    const w = world(c);
    return runScenario(w.scenario, o.seed, w.faults, o.bug);
  };
  let firstFailure;
  const search = fast_check_default.property(arb, (c) => {
    runs2++;
    o.onRun?.(runs2, "search");
    const failed = verdicts(c).find((v2) => !v2.ok);
    if (failed) firstFailure = { property: failed.property, drawn: c, ms: performance.now() - started };
    return !failed;
  });
  const found = fast_check_default.check(search, {
    seed: o.seed,
    numRuns: o.runs ?? 1e9,
    interruptAfterTimeLimit: o.timeMs,
    endOnFailure: true
  });
  const elapsed = () => Math.round(performance.now() - started);
  if (!found.failed || !firstFailure || found.counterexamplePath === null) return { runs: runs2, simulated, elapsedMs: elapsed(), violations: [] };
  const property2 = firstFailure.property;
  const first = world(firstFailure.drawn);
  const violation = (shrunk2, shrinkRuns2) => {
    const w = world(shrunk2);
    return { property: property2, ...w.size ? { size: w.size } : {}, runsToFind: runs2, msToFind: Math.round(firstFailure.ms), faults: first.faults, shrunkFaults: w.faults, shrinkRuns: shrinkRuns2, report: report(shrunk2) };
  };
  if (o.shrink === false) return { runs: runs2, simulated, elapsedMs: elapsed(), violations: [violation(firstFailure.drawn, 0)] };
  let shrinkRuns = 0;
  const shrink = fast_check_default.property(arb, (c) => {
    shrinkRuns++;
    o.onRun?.(runs2 + shrinkRuns, "shrink");
    return !verdicts(c).some((v2) => v2.property === property2 && !v2.ok);
  });
  const shrunk = fast_check_default.check(shrink, { seed: o.seed, path: found.counterexamplePath, numRuns: 1 });
  const last = shrunk.failed && shrunk.counterexample ? shrunk.counterexample[0] : firstFailure.drawn;
  const v = violation(last, shrinkRuns);
  return { runs: runs2, simulated, elapsedMs: elapsed(), violations: [v] };
};
var MEMO_LIMIT = 2e5;

// src/scenario/builtin.ts
import { join as join2 } from "node:path";

// src/project-root.ts
import { existsSync, readFileSync as readFileSync3 } from "node:fs";
import { dirname, join } from "node:path";
var find = (from) => {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && JSON.parse(readFileSync3(pkg, "utf8")).name === "epochlab") return dir;
    if (dirname(dir) === dir) throw new Error(`epochlab: no epochlab package.json above ${from}`);
  }
};
var PROJECT_ROOT = find(import.meta.dirname);

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
var RECORDINGS_DIR = join2(PROJECT_ROOT, "testdata", "recordings");
var GBE_TCP_PAYLOAD = 117e6;
var basicSwarm = {
  pages: [64, 4096],
  epochUs: [5e3, 5e4],
  linkBytesPerSecond: [1e7, GBE_TCP_PAYLOAD],
  linkLatencyUs: [10, 500],
  detectionTimeoutUs: [6e4, 3e5],
  durationUs: [3e5, 2e6],
  writesPerTick: [1, 32],
  clients: [1, 3]
};
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
  clientStartUs: 2e5,
  swarm: basicSwarm
};
var remusLarge = {
  ...remusBasic,
  name: "remus-large",
  description: "One VM of 16384 pages (64 MiB), TCP over GbE, 25 ms fixed epochs, one client, 10 simulated seconds",
  durationUs: 1e7,
  host: { ...remusBasic.host, pages: 16384 },
  clientStartUs: 7e5,
  swarm: { ...basicSwarm, pages: [4096, 16384], durationUs: [2e6, 1e7] }
};
var remusMini = {
  ...remusBasic,
  name: "remus-mini",
  description: "One VM of 256 pages, 25 ms epochs, one request/response client, a light guest, 0.5 simulated seconds: the fast protocol-level scenario",
  durationUs: 5e5,
  host: { ...remusBasic.host, pages: 256, workload: { ...remusBasic.host.workload, writesPerTick: 2, maxResponseBytes: 2048 } },
  clientStartUs: 2e4,
  // Small runs: the swarm campaign that explores the protocol fastest.
  swarm: { ...basicSwarm, pages: [64, 512], durationUs: [2e5, 6e5], writesPerTick: [1, 8] }
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
  consolidation: { vms: 3, backupCapacityPages: 8192, reservePages: 2048 },
  // Admission is sized for these VMs: their size is not drawn.
  swarm: void 0
};
var tcpScenario = (mode, name2, description) => ({
  ...remusBasic,
  name: name2,
  description,
  clients: 2,
  // One bulk client and at least one request/response client; real TCP makes runs slow, so at most 1 s. A checkpoint's
  // header carries the send buffers and the held output (up to 2 MB), which must cross the link well within the
  // detection timeout (the model's detector hears a part when it has arrived whole): at least 50 MB/s and 100 ms.
  swarm: { ...basicSwarm, clients: [2, 3], durationUs: [3e5, 1e6], linkBytesPerSecond: [5e7, GBE_TCP_PAYLOAD], detectionTimeoutUs: [1e5, 3e5] },
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
var recorded = applyVariant(remusBasic, { memory: `trace:${join2(RECORDINGS_DIR, "python-dict.rec")}`, compressor: "similarity" });
var remusRecorded = {
  ...recorded,
  name: "remus-recorded",
  description: "remus-basic whose guest replays a recording of python3 building a dict (757 pages), with similarity compression",
  // The recording fixes the memory and what writes it.
  swarm: { ...basicSwarm, pages: [recorded.host.pages, recorded.host.pages], writesPerTick: [recorded.host.workload.writesPerTick, recorded.host.workload.writesPerTick] }
};
var scenarios = [remusBasic, remusMini, remusLarge, remusThreeClients, remusZero, remusXbzrle, remusSimilarity, remusRecorded, remusStorage, remusSoftPages, remusConsolidated, remusSpec, remusRacc];
var findScenario = (name2) => scenarios.find((s) => s.name === name2);

// bench/profile-run.ts
var [name = "remus-basic", runs = "20"] = process.argv.slice(2);
var scenario = findScenario(name);
if (!scenario) throw new Error(`no scenario ${name}`);
campaign({ scenario, seed: 99, runs: 5, shrink: false });
var t0 = performance.now();
var r = campaign({ scenario, seed: 1, runs: Number(runs), shrink: false });
var ms = performance.now() - t0;
console.log(`${name}: ${r.runs} runs in ${(ms / 1e3).toFixed(2)} s, ${(r.runs / (ms / 1e3)).toFixed(2)} runs/s, ${r.violations.length} violations`);
//# sourceMappingURL=bundle.mjs.map
