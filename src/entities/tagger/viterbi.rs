//! Best tag sequence under BIO constraints (an I- tag only continues a name of its own
//! kind), by Viterbi decoding.

use super::model::T;

/// Whether tag `to` may follow tag `from` (`from == T` is the sentence start).
pub(crate) fn allowed(from: usize, to: usize) -> bool {
    let inside = to != 0 && to % 2 == 0; // I- tags have even indices 2, 4, 6, 8
    !inside || (from != T && from != 0 && (from + 1) / 2 == to / 2)
}

/// The highest-scoring tag sequence for per-token emission scores and transition
/// weights (`transitions[from][to]`, row T for the start).
pub(crate) fn decode(emissions: &[[f32; T]], transitions: &[[f32; T]; T + 1]) -> Vec<usize> {
    let n = emissions.len();
    if n == 0 {
        return Vec::new();
    }
    let mut score = vec![[f32::NEG_INFINITY; T]; n];
    let mut back = vec![[0u8; T]; n];
    for t in 0..T {
        if allowed(T, t) {
            score[0][t] = transitions[T][t] + emissions[0][t];
        }
    }
    for k in 1..n {
        for to in 0..T {
            let mut best = (f32::NEG_INFINITY, 0usize);
            for from in 0..T {
                if score[k - 1][from] == f32::NEG_INFINITY || !allowed(from, to) {
                    continue;
                }
                let s = score[k - 1][from] + transitions[from][to];
                if s > best.0 {
                    best = (s, from);
                }
            }
            score[k][to] = best.0 + emissions[k][to];
            back[k][to] = best.1 as u8;
        }
    }
    let mut tag = (0..T).max_by(|&a, &b| score[n - 1][a].total_cmp(&score[n - 1][b])).unwrap_or(0);
    let mut tags = vec![0; n];
    for k in (0..n).rev() {
        tags[k] = tag;
        tag = back[k][tag] as usize;
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_inside_tag_only_continues_its_own_kind() {
        assert!(allowed(1, 2)); // B-PER -> I-PER
        assert!(allowed(2, 2)); // I-PER -> I-PER
        assert!(!allowed(3, 2)); // B-ORG -> I-PER
        assert!(!allowed(0, 2)); // O -> I-PER
        assert!(!allowed(T, 2)); // start -> I-PER
        assert!(allowed(0, 1) && allowed(T, 0));
    }

    #[test]
    fn decoding_respects_the_constraints() {
        let transitions = [[0.0; T]; T + 1];
        let mut emissions = vec![[0.0; T]; 2];
        emissions[0][3] = 1.0; // B-ORG
        emissions[1][2] = 5.0; // I-PER would be best alone, but cannot follow B-ORG
        emissions[1][4] = 1.0; // I-ORG
        assert_eq!(decode(&emissions, &transitions), vec![1, 2]);
    }
}
