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

impl OffsetMap {
    /// Prepares conversion of byte offsets in `text` to `unit`.
    pub fn new(text: &str, unit: Unit) -> Self {
        let mut shrink = Vec::new();
        if unit != Unit::Utf8Byte {
            let mut lost = 0usize;
            for (byte, ch) in text.char_indices() {
                let bytes = ch.len_utf8();
                if bytes > 1 {
                    let units = match unit {
                        Unit::Utf16CodeUnit => ch.len_utf16(),
                        _ => 1,
                    };
                    lost += bytes - units;
                    shrink.push((byte + bytes, lost));
                }
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
}
