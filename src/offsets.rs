//! Converts the core's UTF-8 byte offsets into the units other languages index by:
//! UTF-16 code units for JavaScript (`text.slice(start, end)`) and Unicode code points
//! for Python (`text[start:end]`).

/// The unit an offset is counted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Utf8Byte,
    Utf16CodeUnit,
    CodePoint,
}

/// A lookup table from byte offsets of one text to another unit.
///
/// Built once per text in O(n); each lookup is a binary search over the text's
/// non-ASCII characters, so pure-ASCII text costs almost nothing.
pub struct OffsetMap {
    unit: Unit,
    /// (byte offset just after a non-ASCII char, extra units the text has gained by then
    /// compared with counting bytes) — the difference between bytes and target units.
    shrink: Vec<(usize, usize)>,
}

/// The high bit of each of eight bytes: set in a byte that is not ASCII.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

impl OffsetMap {
    /// Prepares conversion of byte offsets in `text` to `unit`.
    pub fn new(text: &str, unit: Unit) -> Self {
        let mut shrink = Vec::new();
        if unit != Unit::Utf8Byte {
            let mut lost = 0usize;
            let bytes = text.as_bytes();
            let mut byte = 0;
            while byte < bytes.len() {
                // Only characters past ASCII move an offset: ASCII is passed over eight
                // bytes at a time where it can be, without decoding a character.
                if bytes[byte] < 0x80 {
                    let eight = bytes.get(byte..byte + 8).and_then(|b| b.try_into().ok());
                    let all_ascii = eight.is_some_and(|b| u64::from_le_bytes(b) & HIGH_BITS == 0);
                    byte += if all_ascii { 8 } else { 1 };
                    continue;
                }
                // A character's first byte: `byte` is on a boundary.
                let Some(ch) = text[byte..].chars().next() else {
                    break;
                };
                let len = ch.len_utf8();
                let units = match unit {
                    Unit::Utf16CodeUnit => ch.len_utf16(),
                    _ => 1,
                };
                lost += len - units;
                byte += len;
                shrink.push((byte, lost));
            }
        }
        OffsetMap { unit, shrink }
    }

    /// Converts a byte offset (on a character boundary) into the map's unit.
    pub fn convert(&self, byte: usize) -> usize {
        if self.unit == Unit::Utf8Byte {
            return byte;
        }
        let passed = self.shrink.partition_point(|&(end, _)| end <= byte);
        match passed {
            0 => byte,
            n => byte - self.shrink[n - 1].1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curly_quotes_count_one_utf16_unit_and_one_code_point() {
        let text = "“Hi,” said José 😀 ok";
        let ok = text.find("ok").unwrap();
        let utf16 = OffsetMap::new(text, Unit::Utf16CodeUnit);
        let chars = OffsetMap::new(text, Unit::CodePoint);
        let expected_utf16: usize = text[..ok].encode_utf16().count();
        let expected_chars = text[..ok].chars().count();
        assert_eq!(utf16.convert(ok), expected_utf16);
        assert_eq!(chars.convert(ok), expected_chars);
        assert_eq!(chars.convert(0), 0);
        assert_eq!(utf16.convert(text.len()), text.encode_utf16().count());
    }

    #[test]
    fn every_boundary_converts_past_ascii_runs_of_any_length_and_alignment() {
        let text = "Zürich 😀 and a long run of plain ASCII text, then “quotes”, é, \
                    ß and 日本 at odd places: abcdefgh😀ijklmnop€q";
        let utf16 = OffsetMap::new(text, Unit::Utf16CodeUnit);
        let chars = OffsetMap::new(text, Unit::CodePoint);
        for (byte, _) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            assert_eq!(
                utf16.convert(byte),
                text[..byte].encode_utf16().count(),
                "{byte}"
            );
            assert_eq!(chars.convert(byte), text[..byte].chars().count(), "{byte}");
        }
    }
}
