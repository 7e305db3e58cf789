//! The interpreter's clock: real time, or virtual time where sleeping jumps the clock
//! forward instead of waiting (same output and same time differences, no waiting).

use std::cell::Cell;
use std::time::{Duration, Instant};

pub struct Clock {
    pub virtual_mode: bool,
    start: Instant,
    /// Seconds added to real time by virtual sleeps.
    offset: Cell<f64>,
}

impl Clock {
    pub fn new(virtual_mode: bool) -> Clock {
        Clock {
            virtual_mode,
            start: Instant::now(),
            offset: Cell::new(0.0),
        }
    }
    pub fn offset(&self) -> f64 {
        self.offset.get()
    }
    /// Seconds on a monotonic scale.
    pub fn monotonic(&self) -> f64 {
        1000.0 + self.start.elapsed().as_secs_f64() + self.offset.get()
    }
    /// Wait `secs` (or, in virtual mode, advance the clock by it).
    pub fn sleep(&self, secs: f64) {
        if self.virtual_mode {
            self.offset.set(self.offset.get() + secs);
        } else if secs > 0.0 {
            std::thread::sleep(Duration::from_secs_f64(secs));
        }
    }
}
