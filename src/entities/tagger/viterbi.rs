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
    // Forbidden transitions cost minus infinity, so the inner loop needs no branch.
    let mut cost = *transitions;
    for (from, row) in cost.iter_mut().enumerate() {
        for (to, w) in row.iter_mut().enumerate() {
            if !allowed(from, to) {
                *w = f32::NEG_INFINITY;
            }
        }
    }
    let mut back = vec![[0u8; T]; n];
    let mut score = [0f32; T];
    for t in 0..T {
        score[t] = cost[T][t] + emissions[0][t];
    }
    for k in 1..n {
        // For every `to` at once (lanes the compiler can vectorize), the best `from`, tried
        // in order from 0 with a strict `>`: the same choices as one `to` at a time.
        let mut best: [f32; T] = std::array::from_fn(|to| score[0] + cost[0][to]);
        let mut best_from = [0u8; T];
        for from in 1..T {
            for to in 0..T {
                let s = score[from] + cost[from][to];
                if s > best[to] {
                    best[to] = s;
                    best_from[to] = from as u8;
                }
            }
        }
        score = std::array::from_fn(|to| best[to] + emissions[k][to]);
        back[k] = best_from;
    }
    let mut tag = (0..T)
        .max_by(|&a, &b| score[a].total_cmp(&score[b]))
        .unwrap_or(0);
    let mut tags = vec![0; n];
    for k in (0..n).rev() {
        tags[k] = tag;
        tag = back[k][tag] as usize;
    }
    tags
}

/// The names in a tag sequence: (first, end, B- tag) for each B- tag and the I- tags
/// of its kind that follow it.
pub(crate) fn names(tags: &[u8]) -> Vec<(usize, usize, u8)> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < tags.len() {
        if tags[k] == 0 || tags[k] % 2 == 0 {
            k += 1;
            continue;
        }
        let start = k;
        k += 1;
        while k < tags.len() && tags[k] == tags[start] + 1 {
            k += 1;
        }
        out.push((start, k, tags[start]));
    }
    out
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
