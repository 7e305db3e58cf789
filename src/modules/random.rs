//! `_random`: CPython's Mersenne Twister (MT19937) with CPython's seeding, the core under
//! the Python-source `random` module. Every function takes the generator state first.

use crate::builtins::{arg_count, reg};
use crate::object::int::{from_big, to_big};
use crate::object::{Class, NativeObject, PyDict, PyResult, Value};
use crate::vm::Vm;
use num_bigint::{BigInt, Sign};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        let mut mt = Mt {
            state: [0; N],
            index: N + 1,
        };
        mt.init_genrand(5489);
        mt
    }

    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        let len = key.len().max(1);
        for _ in 0..N.max(len) {
            let prev = mt[i - 1];
            let k = key.get(j).copied().unwrap_or(0);
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(k)
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        self.index = N;
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            let mt = &mut self.state;
            let mag = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// A random int of `k` bits, as CPython builds it: 32-bit words, least significant first.
    fn getrandbits(&mut self, k: u64) -> Value {
        if k <= 32 {
            if k == 0 {
                return Value::Int(0);
            }
            return Value::Int((self.next_u32() >> (32 - k)) as i64);
        }
        if k <= 63 {
            let lo = self.next_u32() as u64;
            let hi = (self.next_u32() >> (64 - k)) as u64;
            return Value::Int(((hi << 32) | lo) as i64);
        }
        let mut words = Vec::with_capacity(k.div_ceil(32) as usize);
        let mut left = k;
        while left > 0 {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            words.push(r);
            left = left.saturating_sub(32);
        }
        from_big(BigInt::from_slice(Sign::Plus, &words))
    }

    /// A random int in `[0, n)` for `n > 0`, by rejection sampling on `getrandbits`.
    fn randbelow(&mut self, n: &BigInt) -> Value {
        let k = n.bits();
        loop {
            let r = self.getrandbits(k);
            let below = match &r {
                Value::Int(i) => BigInt::from(*i) < *n,
                other => to_big(other).is_some_and(|b| b < *n),
            };
            if below {
                return r;
            }
        }
    }
}

pub struct MtState(RefCell<Mt>);

impl NativeObject for MtState {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.native_class("_random_state")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn state<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a MtState> {
    args.first()
        .and_then(|v| v.as_native::<MtState>())
        .ok_or_else(|| vm.type_error(format!("_random.{name}() needs a generator state")))
}

fn int_arg(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    match to_big(v) {
        Some(b) => Ok(b),
        None => {
            let i = vm.index_value(v)?;
            Ok(BigInt::from(i))
        }
    }
}

/// The 32-bit words of `|n|`, least significant first (at least one word).
fn key_words(n: &BigInt) -> Vec<u32> {
    let (_, mut words) = n.to_u32_digits();
    if words.is_empty() {
        words.push(0);
    }
    words
}

fn seed_from_entropy() -> Vec<u32> {
    use std::io::Read;
    let mut words = Vec::with_capacity(N);
    let mut buf = vec![0u8; N * 4];
    if std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .is_ok()
    {
        for c in buf.chunks(4) {
            words.push(u32::from_le_bytes([c[0], c[1], c[2], c[3]]));
        }
        return words;
    }
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let pid = std::process::id() as u128;
    let mut x = t ^ (pid << 64);
    for _ in 0..4 {
        words.push(x as u32);
        x >>= 32;
    }
    words
}

pub fn init(_vm: &Vm, d: &Rc<PyDict>) -> PyResult<()> {
    reg(d, "new", |_, _, _| {
        Ok(Value::Native(Rc::new(MtState(RefCell::new(Mt::new())))))
    });
    // seed(state, n): CPython's `init_by_array` on the 32-bit words of abs(n);
    // seed(state, None): from the OS's entropy.
    reg(d, "seed", |vm, args, _| {
        arg_count(vm, "seed", args, 2, 2)?;
        let st = state(vm, args, "seed")?;
        let key = if args[1].is_none() {
            seed_from_entropy()
        } else {
            key_words(&int_arg(vm, &args[1])?)
        };
        st.0.borrow_mut().init_by_array(&key);
        Ok(Value::None)
    });
    // seed_bytes(state, b): version-2 seeding of str/bytes: int.from_bytes(b + sha512(b)).
    reg(d, "seed_bytes", |vm, args, _| {
        arg_count(vm, "seed_bytes", args, 2, 2)?;
        let st = state(vm, args, "seed_bytes")?;
        let Value::Bytes(b) = &args[1] else {
            return Err(vm.type_error("seed_bytes() needs bytes"));
        };
        let mut all = b.to_vec();
        all.extend_from_slice(&sha512(b));
        let n = BigInt::from_bytes_be(Sign::Plus, &all);
        st.0.borrow_mut().init_by_array(&key_words(&n));
        Ok(Value::None)
    });
    reg(d, "random", |vm, args, _| {
        let st = state(vm, args, "random")?;
        Ok(Value::Float(st.0.borrow_mut().random()))
    });
    reg(d, "getrandbits", |vm, args, _| {
        arg_count(vm, "getrandbits", args, 2, 2)?;
        let st = state(vm, args, "getrandbits")?;
        let k = vm.index_value(&args[1])?;
        if k < 0 {
            return Err(vm.value_error("number of bits must be non-negative"));
        }
        Ok(st.0.borrow_mut().getrandbits(k as u64))
    });
    reg(d, "randbelow", |vm, args, _| {
        arg_count(vm, "randbelow", args, 2, 2)?;
        let st = state(vm, args, "randbelow")?;
        if let Value::Int(n) = args[1] {
            if n > 0 {
                let k = 64 - (n as u64).leading_zeros() as u64;
                let mut mt = st.0.borrow_mut();
                loop {
                    if let Value::Int(r) = mt.getrandbits(k) {
                        if r < n {
                            return Ok(Value::Int(r));
                        }
                    }
                }
            }
        }
        let n = int_arg(vm, &args[1])?;
        if n <= BigInt::from(0) {
            return Ok(Value::Int(0));
        }
        Ok(st.0.borrow_mut().randbelow(&n))
    });
    // getstate(state) -> tuple of 625 ints (the 624 words and the index), as CPython's.
    reg(d, "getstate", |vm, args, _| {
        let st = state(vm, args, "getstate")?;
        let mt = st.0.borrow();
        let mut items: Vec<Value> = mt.state.iter().map(|&w| Value::Int(w as i64)).collect();
        items.push(Value::Int(mt.index as i64));
        Ok(Value::tuple(items))
    });
    reg(d, "setstate", |vm, args, _| {
        arg_count(vm, "setstate", args, 2, 2)?;
        let st = state(vm, args, "setstate")?;
        let items = vm.collect(&args[1])?;
        if items.len() != N + 1 {
            return Err(vm.value_error("state vector is the wrong size"));
        }
        let mut words = [0u32; N];
        for (w, v) in words.iter_mut().zip(&items) {
            let b = int_arg(vm, v)?;
            *w = u32::try_from(&b).map_err(|_| {
                vm.overflow_error("Python int too large to convert to C unsigned long")
            })?;
        }
        let index = vm.index_value(&items[N])?;
        if index < 0 || index > N as i64 {
            return Err(vm.value_error("invalid state"));
        }
        let mut mt = st.0.borrow_mut();
        mt.state = words;
        mt.index = index as usize;
        Ok(Value::None)
    });
    Ok(())
}

/// SHA-512 (FIPS 180-4), for CPython's seeding of str and bytes.
fn sha512(data: &[u8]) -> [u8; 64] {
    const K: [u64; 80] = [
        0x428a2f98d728ae22,
        0x7137449123ef65cd,
        0xb5c0fbcfec4d3b2f,
        0xe9b5dba58189dbbc,
        0x3956c25bf348b538,
        0x59f111f1b605d019,
        0x923f82a4af194f9b,
        0xab1c5ed5da6d8118,
        0xd807aa98a3030242,
        0x12835b0145706fbe,
        0x243185be4ee4b28c,
        0x550c7dc3d5ffb4e2,
        0x72be5d74f27b896f,
        0x80deb1fe3b1696b1,
        0x9bdc06a725c71235,
        0xc19bf174cf692694,
        0xe49b69c19ef14ad2,
        0xefbe4786384f25e3,
        0x0fc19dc68b8cd5b5,
        0x240ca1cc77ac9c65,
        0x2de92c6f592b0275,
        0x4a7484aa6ea6e483,
        0x5cb0a9dcbd41fbd4,
        0x76f988da831153b5,
        0x983e5152ee66dfab,
        0xa831c66d2db43210,
        0xb00327c898fb213f,
        0xbf597fc7beef0ee4,
        0xc6e00bf33da88fc2,
        0xd5a79147930aa725,
        0x06ca6351e003826f,
        0x142929670a0e6e70,
        0x27b70a8546d22ffc,
        0x2e1b21385c26c926,
        0x4d2c6dfc5ac42aed,
        0x53380d139d95b3df,
        0x650a73548baf63de,
        0x766a0abb3c77b2a8,
        0x81c2c92e47edaee6,
        0x92722c851482353b,
        0xa2bfe8a14cf10364,
        0xa81a664bbc423001,
        0xc24b8b70d0f89791,
        0xc76c51a30654be30,
        0xd192e819d6ef5218,
        0xd69906245565a910,
        0xf40e35855771202a,
        0x106aa07032bbd1b8,
        0x19a4c116b8d2d0c8,
        0x1e376c085141ab53,
        0x2748774cdf8eeb99,
        0x34b0bcb5e19b48a8,
        0x391c0cb3c5c95a63,
        0x4ed8aa4ae3418acb,
        0x5b9cca4f7763e373,
        0x682e6ff3d6b2b8a3,
        0x748f82ee5defb2fc,
        0x78a5636f43172f60,
        0x84c87814a1f0ab72,
        0x8cc702081a6439ec,
        0x90befffa23631e28,
        0xa4506cebde82bde9,
        0xbef9a3f7b2c67915,
        0xc67178f2e372532b,
        0xca273eceea26619c,
        0xd186b8c721c0c207,
        0xeada7dd6cde0eb1e,
        0xf57d4f7fee6ed178,
        0x06f067aa72176fba,
        0x0a637dc5a2c898a6,
        0x113f9804bef90dae,
        0x1b710b35131c471b,
        0x28db77f523047d84,
        0x32caab7b40c72493,
        0x3c9ebe0a15c9bebc,
        0x431d67c49c100d4c,
        0x4cc5d4becb3e42b6,
        0x597f299cfc657e2a,
        0x5fcb6fab3ad6faec,
        0x6c44198c4a475817,
    ];
    let mut h: [u64; 8] = [
        0x6a09e667f3bcc908,
        0xbb67ae8584caa73b,
        0x3c6ef372fe94f82b,
        0xa54ff53a5f1d36f1,
        0x510e527fade682d1,
        0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b,
        0x5be0cd19137e2179,
    ];
    let mut msg = data.to_vec();
    let bit_len = (data.len() as u128) * 8;
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&bit_len.to_be_bytes());
    for block in msg.chunks(128) {
        let mut w = [0u64; 80];
        for (t, c) in block.chunks(8).enumerate() {
            w[t] = u64::from_be_bytes(c.try_into().unwrap_or([0; 8]));
        }
        for t in 16..80 {
            let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
            let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16]
                .wrapping_add(s0)
                .wrapping_add(w[t - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for t in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[t])
                .wrapping_add(w[t]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (i, x) in h.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&x.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha512_abc() {
        let d = sha512(b"abc");
        assert_eq!(d[0], 0xdd);
        assert_eq!(d[1], 0xaf);
        assert_eq!(d[63], 0x9f);
    }

    #[test]
    fn seed_42() {
        let mut mt = Mt::new();
        mt.init_by_array(&[42]);
        assert_eq!(mt.random(), 0.6394267984578837);
    }
}
