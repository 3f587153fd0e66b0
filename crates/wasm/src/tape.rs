//! The analysis as a tape for JavaScript to rebuild: one array of numbers and one string
//! of all the strings, which `js/tape.js` turns into plain objects in one pass. Building
//! each object from Rust (serde-wasm-bindgen) costs a call across the boundary per field
//! and per string, about a fifth of an analysis of news text in V8; the tape crosses once.
//!
//! The tape, in order of serialization: [`NULL`], [`FALSE`], [`TRUE`]; [`NUMBER`] then the
//! value; [`STRING`] then its length in UTF-16 code units (its text is next in the string
//! pool); [`ARRAY`] then the items and [`END`]; [`OBJECT`] then, per field, its key and
//! value, and [`END`]. A key is [`FIRST_NAME`] plus the number of a field name sent
//! before, or [`NEW_NAME`]
//! and the name's length (the name is next in the pool, and takes the next number), or a
//! map's [`MAP_KEY`] and its length. The
//! result is what serde-wasm-bindgen's `json_compatible` serializer gives: `None` and `()`
//! are null, maps are objects, integers are numbers, an enum's unit variant is its name and
//! another variant `{ name: value }`.

use article_analyzer::lexicon::FastMap;
use serde::ser::{self, Serialize};
use std::fmt;
use wasm_bindgen::prelude::*;

/// Tape codes; `js/tape.js` reads the same numbers.
pub const NULL: f64 = 0.0;
pub const FALSE: f64 = 1.0;
pub const TRUE: f64 = 2.0;
pub const NUMBER: f64 = 3.0;
pub const STRING: f64 = 4.0;
pub const ARRAY: f64 = 5.0;
pub const OBJECT: f64 = 6.0;
pub const END: f64 = 7.0;
/// In a key's place: a field name not sent before.
pub const NEW_NAME: f64 = -1.0;
/// A key from this number up is the field name sent `key - FIRST_NAME`th (numbers below
/// are codes: [`END`] closes the object).
pub const FIRST_NAME: f64 = 8.0;
/// In a key's place: a map's key, its length next (its text is next in the pool); not
/// numbered, unlike field names.
pub const MAP_KEY: f64 = -2.0;

/// A value written as a tape: the numbers and the string pool.
#[derive(Default)]
pub struct Tape {
    /// The codes and numbers.
    pub numbers: Vec<f64>,
    /// Every string and new field name, one after the other.
    pub strings: String,
    /// The field names sent so far, by their text's address and length (serde gives
    /// `&'static str`), with their numbers.
    names: FastMap<(usize, usize), u32>,
    /// A cache in front of `names`, one entry per slot of [`recent_slot`]: a result has
    /// a few dozen field names and tens of thousands of fields, and a hash lookup per
    /// field was 1.2% of an analysis in V8.
    recent: Recent,
}

/// Field names by slot: address, length and number; a length of `usize::MAX` is no name.
#[derive(Clone, Copy)]
struct Recent([(usize, usize, u32); RECENT_SLOTS]);

/// How many names [`Tape::recent`] holds at most.
const RECENT_SLOTS: usize = 64;

impl Default for Recent {
    fn default() -> Self {
        Recent([(0, usize::MAX, 0); RECENT_SLOTS])
    }
}

/// The slot of [`Tape::recent`] a name at `address` of `len` bytes goes to.
fn recent_slot(address: usize, len: usize) -> usize {
    let mixed = (address as u64 ^ (len as u64) << 40).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (mixed >> (64 - RECENT_SLOTS.trailing_zeros())) as usize
}

/// Why a value could not be written (a type the tape has no form for).
#[derive(Debug)]
pub struct TapeError(String);

impl fmt::Display for TapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for TapeError {}

impl ser::Error for TapeError {
    fn custom<T: fmt::Display>(message: T) -> Self {
        TapeError(message.to_string())
    }
}

#[wasm_bindgen(module = "/js/tape.js")]
extern "C" {
    /// The value of a tape: `numbers` is read in place, before this returns.
    #[wasm_bindgen(js_name = readTape)]
    fn read_tape(numbers: &[f64], strings: &str) -> JsValue;
}

/// `value` as a plain JavaScript value (what `JSON.parse` of its JSON would give, but
/// `NaN` and the infinities stay numbers), through a tape.
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, TapeError> {
    thread_local! {
        // The last call's tape, emptied and written again: its buffers grow once, not
        // once per analysis.
        static SPARE: std::cell::RefCell<Tape> = std::cell::RefCell::default();
    }
    let mut tape = SPARE.with(|spare| spare.take());
    tape.numbers.clear();
    tape.strings.clear();
    tape.names.clear();
    tape.recent = Recent::default();
    value.serialize(&mut tape)?;
    let js = read_tape(&tape.numbers, &tape.strings);
    // A long text's tape is let go rather than kept between analyses.
    if tape.numbers.capacity() <= MOST_KEPT_NUMBERS {
        SPARE.with(|spare| *spare.borrow_mut() = tape);
    }
    Ok(js)
}

/// The most numbers a tape kept between analyses holds room for (8 MB).
const MOST_KEPT_NUMBERS: usize = 1 << 20;

/// Writes `value` as a tape.
pub fn write<T: Serialize + ?Sized>(value: &T) -> Result<Tape, TapeError> {
    let mut tape = Tape::default();
    value.serialize(&mut tape)?;
    Ok(tape)
}

/// The length of `s` in UTF-16 code units, as JavaScript counts it.
fn utf16_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().map(char::len_utf16).sum()
    }
}

impl Tape {
    /// `code`, the length of `s`, and `s` into the pool: a string, a new name or a map key.
    fn text(&mut self, code: f64, s: &str) {
        self.numbers.push(code);
        self.numbers.push(utf16_len(s) as f64);
        self.strings.push_str(s);
    }

    fn string(&mut self, s: &str) {
        self.text(STRING, s);
    }

    /// A field name: its number when sent before, else the name itself.
    fn name(&mut self, name: &'static str) {
        let (address, len) = (name.as_ptr() as usize, name.len());
        let slot = recent_slot(address, len);
        let (known_address, known_len, known) = self.recent.0[slot];
        if (known_address, known_len) == (address, len) {
            self.numbers.push(FIRST_NAME + known as f64);
            return;
        }
        let next = self.names.len() as u32;
        let number = *self.names.entry((address, len)).or_insert(next);
        self.recent.0[slot] = (address, len, number);
        if number == next {
            self.text(NEW_NAME, name);
        } else {
            self.numbers.push(FIRST_NAME + number as f64);
        }
    }

    fn number(&mut self, value: f64) {
        self.numbers.push(NUMBER);
        self.numbers.push(value);
    }

    /// `{ variant: …`, for an enum's variant with data (closed by the caller).
    fn open_variant(&mut self, variant: &'static str) {
        self.numbers.push(OBJECT);
        self.name(variant);
    }
}

/// Writes the items of an array or the fields of an object, then [`END`].
pub struct Compound<'a> {
    tape: &'a mut Tape,
    /// For an enum's tuple or struct variant: the outer object to close as well.
    variant: bool,
}

impl Compound<'_> {
    fn close(self) -> Result<(), TapeError> {
        self.tape.numbers.push(END);
        if self.variant {
            self.tape.numbers.push(END);
        }
        Ok(())
    }
}

impl<'a> ser::Serializer for &'a mut Tape {
    type Ok = ();
    type Error = TapeError;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), TapeError> {
        self.numbers.push(if v { TRUE } else { FALSE });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), TapeError> {
        self.serialize_f64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), TapeError> {
        self.serialize_f64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), TapeError> {
        self.serialize_f64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<(), TapeError> {
        self.serialize_f64(v as f64)
    }
    fn serialize_u8(self, v: u8) -> Result<(), TapeError> {
        self.serialize_f64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<(), TapeError> {
        self.serialize_f64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<(), TapeError> {
        self.serialize_f64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<(), TapeError> {
        self.serialize_f64(v as f64)
    }
    fn serialize_f32(self, v: f32) -> Result<(), TapeError> {
        self.serialize_f64(v.into())
    }
    fn serialize_f64(self, v: f64) -> Result<(), TapeError> {
        self.number(v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), TapeError> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), TapeError> {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), TapeError> {
        self.numbers.push(ARRAY);
        for &b in v {
            self.number(b.into());
        }
        self.numbers.push(END);
        Ok(())
    }
    fn serialize_none(self) -> Result<(), TapeError> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), TapeError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), TapeError> {
        self.numbers.push(NULL);
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), TapeError> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), TapeError> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), TapeError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), TapeError> {
        self.open_variant(variant);
        value.serialize(&mut *self)?;
        self.numbers.push(END);
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, TapeError> {
        self.numbers.push(ARRAY);
        Ok(Compound {
            tape: self,
            variant: false,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>, TapeError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        len: usize,
    ) -> Result<Compound<'a>, TapeError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, TapeError> {
        self.open_variant(variant);
        self.numbers.push(ARRAY);
        Ok(Compound {
            tape: self,
            variant: true,
        })
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a>, TapeError> {
        self.numbers.push(OBJECT);
        Ok(Compound {
            tape: self,
            variant: false,
        })
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, TapeError> {
        self.serialize_map(None)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, TapeError> {
        self.open_variant(variant);
        self.numbers.push(OBJECT);
        Ok(Compound {
            tape: self,
            variant: true,
        })
    }
}

/// The compounds whose items are values alone: each is written, then [`END`].
macro_rules! items {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Compound<'_> {
            type Ok = ();
            type Error = TapeError;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), TapeError> {
                value.serialize(&mut *self.tape)
            }
            fn end(self) -> Result<(), TapeError> {
                self.close()
            }
        }
    )*};
}

items!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = TapeError;
    /// A map's key, which must be a string, as JSON's are.
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), TapeError> {
        let key = write(key)?;
        if key.numbers.first() != Some(&STRING) {
            return Err(TapeError("a map's key must be a string".into()));
        }
        self.tape.text(MAP_KEY, &key.strings);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), TapeError> {
        value.serialize(&mut *self.tape)
    }
    fn end(self) -> Result<(), TapeError> {
        self.close()
    }
}

/// The compounds whose items are named fields: each name, then its value.
macro_rules! fields {
    ($($trait:ident),*) => {$(
        impl ser::$trait for Compound<'_> {
            type Ok = ();
            type Error = TapeError;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), TapeError> {
                self.tape.name(key);
                value.serialize(&mut *self.tape)
            }
            fn end(self) -> Result<(), TapeError> {
                self.close()
            }
        }
    )*};
}

fields!(SerializeStruct, SerializeStructVariant);
