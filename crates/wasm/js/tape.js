// Rebuilds a value that the wasm module wrote as a tape (crates/wasm/src/tape.rs, which
// documents the format): `numbers` the codes and numbers, a view of the module's memory
// read before the call returns; `strings` every string, one after the other. One pass,
// no call back into the module, and no text decoded but the one string.
const NULL = 0, FALSE = 1, TRUE = 2, NUMBER = 3, STRING = 4, ARRAY = 5, OBJECT = 6, END = 7;
const NEW_NAME = -1, MAP_KEY = -2, FIRST_NAME = 8;

/** The reading in progress: where in the numbers and in the strings, and the field names so far. */
class Reader {
  constructor(numbers, strings) {
    this.numbers = numbers;
    this.strings = strings;
    this.at = 0;
    this.text = 0;
    this.names = [];
  }

  string() {
    const start = this.text;
    this.text += this.numbers[this.at++];
    return this.strings.slice(start, this.text);
  }

  value() {
    const numbers = this.numbers;
    switch (numbers[this.at++]) {
      case NULL: return null;
      case FALSE: return false;
      case TRUE: return true;
      case NUMBER: return numbers[this.at++];
      case STRING: return this.string();
      case ARRAY: {
        const items = [];
        while (numbers[this.at] !== END) items.push(this.value());
        this.at++;
        return items;
      }
      case OBJECT: {
        const object = {};
        for (let key = numbers[this.at++]; key !== END; key = numbers[this.at++]) {
          let name;
          if (key >= FIRST_NAME) {
            name = this.names[key - FIRST_NAME];
          } else {
            name = this.string();
            if (key === NEW_NAME) this.names.push(name);
          }
          object[name] = this.value();
        }
        return object;
      }
      default: throw new Error(`the analyzer's result is malformed at ${this.at - 1}`);
    }
  }
}

/** The value written as the tape `numbers` and `strings`. */
export function readTape(numbers, strings) {
  return new Reader(numbers, strings).value();
}
