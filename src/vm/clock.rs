//! The interpreter's clock: real time, or virtual time where sleeping jumps the clock
//! forward instead of waiting (same output and same time differences, no waiting).

use std::cell::Cell;
use std::time::{Duration, Instant};

pub struct Clock {
    pub virtual_mode: bool,
    start: Instant,
    /// Seconds added to real time by virtual sleeps.
    offset: Cell<f64>,
    wall_start: f64,
}

impl Clock {
    pub fn new(virtual_mode: bool) -> Clock {
        let wall_start = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default()
            .as_secs_f64();
        Clock {
            virtual_mode,
            start: Instant::now(),
            offset: Cell::new(0.0),
            wall_start,
        }
    }
    pub fn offset(&self) -> f64 {
        self.offset.get()
    }
    /// Seconds on a monotonic scale. Virtual time moves only when a thread sleeps, so runs
    /// are repeatable whatever the machine's load.
    pub fn monotonic(&self) -> f64 {
        if self.virtual_mode {
            return 1000.0 + self.offset.get();
        }
        1000.0 + self.start.elapsed().as_secs_f64() + self.offset.get()
    }

    /// Seconds since the epoch: the wall clock, or under virtual time the wall clock at
    /// start plus the virtual time elapsed.
    pub fn wall(&self) -> f64 {
        if self.virtual_mode {
            return self.wall_start + self.offset.get();
        }
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default()
            .as_secs_f64()
    }
    /// Wait `secs` (or, in virtual mode, advance the clock by it).
    pub fn sleep(&self, secs: f64) {
        if self.virtual_mode {
            self.offset.set(self.offset.get() + secs);
        } else if secs > 0.0 {
            // In slices, so that Ctrl-C ends the wait (the next statement raises
            // KeyboardInterrupt).
            let end = Instant::now() + Duration::from_secs_f64(secs);
            while !crate::repl::interrupt::pending() {
                let now = Instant::now();
                if now >= end {
                    break;
                }
                std::thread::sleep((end - now).min(Duration::from_millis(20)));
            }
        }
    }
}
