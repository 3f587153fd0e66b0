//! Best tag sequence under BIO constraints (an I- tag only continues a name of its own
//! kind), by Viterbi decoding.

use super::model::T;

/// Whether tag `to` may follow tag `from` (`from == T` is the sentence start).
pub(crate) fn allowed(from: usize, to: usize) -> bool {
    let inside = to != 0 && to % 2 == 0; // I- tags have even indices 2, 4, 6, 8
    !inside || (from != T && from != 0 && (from + 1) / 2 == to / 2)
}

/// The tags any tag may precede (O and the B- tags), in tag order.
const OPEN: [usize; 5] = [0, 1, 3, 5, 7];
/// The lanes of a step over the open tags.
const LANES: usize = 8;

/// The highest-scoring tag sequence for per-token emission scores and transition
/// weights (`transitions[from][to]`, row T for the start).
///
/// An I- tag may follow only the B- or I- tag of its kind, so each step takes the best of
/// all tags for O and the B- tags, and the better of two for each I- tag: the choices of
/// trying every tag in order with a strict `>` and forbidden moves at minus infinity.
/// The forward pass keeps only the best scores; the way back finds, for the one tag
/// chosen at each token, which tag before it won (the same sums, so the same choice),
/// instead of recording that for every tag at every token.
#[cfg(any(test, feature = "train"))]
pub(crate) fn decode(emissions: &[[f32; T]], transitions: &[[f32; T]; T + 1]) -> Vec<usize> {
    let mut tags = Vec::with_capacity(emissions.len());
    decode_into(emissions, transitions, &mut Vec::new(), &mut tags);
    tags.into_iter().map(usize::from).collect()
}

/// [`decode`] that appends the tags to `tags` and keeps its work in `scores` (emptied
/// first): the tagger decodes sentence after sentence with the same two buffers.
pub(crate) fn decode_into(
    emissions: &[[f32; T]],
    transitions: &[[f32; T]; T + 1],
    scores: &mut Vec<[f32; T]>,
    tags: &mut Vec<u8>,
) {
    let n = emissions.len();
    if n == 0 {
        return;
    }
    // The weights into the open tags, by tag before, as lanes the compiler can vectorize
    // (eight: two 128-bit vectors; the last three never chosen).
    let into_open: [[f32; LANES]; T] = std::array::from_fn(|from| {
        std::array::from_fn(|j| {
            OPEN.get(j)
                .map_or(f32::NEG_INFINITY, |&to| transitions[from][to])
        })
    });
    // The best score of a path ending in each tag, at each token.
    scores.clear();
    scores.push(std::array::from_fn(|t| {
        let start = if allowed(T, t) {
            transitions[T][t]
        } else {
            f32::NEG_INFINITY
        };
        start + emissions[0][t]
    }));
    for emission in &emissions[1..] {
        let score = scores[scores.len() - 1];
        let mut best: [f32; LANES] = std::array::from_fn(|j| score[0] + into_open[0][j]);
        for from in 1..T {
            for j in 0..LANES {
                let s = score[from] + into_open[from][j];
                // A select, not a branch: every lane at once.
                best[j] = if s > best[j] { s } else { best[j] };
            }
        }
        let mut next = [0f32; T];
        for (j, &to) in OPEN.iter().enumerate() {
            next[to] = best[j] + emission[to];
        }
        for inside in [2, 4, 6, 8] {
            let (s, _) = best_into_inside(&score, transitions, inside);
            next[inside] = s + emission[inside];
        }
        scores.push(next);
    }
    let mut tag = (0..T)
        .max_by(|&a, &b| scores[n - 1][a].total_cmp(&scores[n - 1][b]))
        .unwrap_or(0);
    let first = tags.len();
    tags.resize(first + n, 0);
    let sentence = &mut tags[first..];
    for k in (1..n).rev() {
        sentence[k] = tag as u8;
        tag = best_before(&scores[k - 1], transitions, tag);
    }
    sentence[0] = tag as u8;
}

/// The better way into I- tag `inside` from scores `score` of the token before: its score
/// and the tag it comes from (the B- tag of its kind unless the I- tag is strictly better).
fn best_into_inside(
    score: &[f32; T],
    transitions: &[[f32; T]; T + 1],
    inside: usize,
) -> (f32, usize) {
    let begin = inside - 1;
    let from_begin = score[begin] + transitions[begin][inside];
    let from_inside = score[inside] + transitions[inside][inside];
    if from_inside > from_begin {
        (from_inside, inside)
    } else {
        (from_begin, begin)
    }
}

/// The tag before `to` on the best path into it, from the scores `score` of the token
/// before: the first tag with the highest sum, as the forward pass chose.
fn best_before(score: &[f32; T], transitions: &[[f32; T]; T + 1], to: usize) -> usize {
    if to != 0 && to % 2 == 0 {
        return best_into_inside(score, transitions, to).1;
    }
    let mut best = score[0] + transitions[0][to];
    let mut best_from = 0;
    for from in 1..T {
        let s = score[from] + transitions[from][to];
        if s > best {
            best = s;
            best_from = from;
        }
    }
    best_from
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

    /// Decoding as it was first written: every tag tried before every tag, forbidden moves
    /// at minus infinity.
    fn decode_trying_every_move(
        emissions: &[[f32; T]],
        transitions: &[[f32; T]; T + 1],
    ) -> Vec<usize> {
        let mut cost = *transitions;
        for (from, row) in cost.iter_mut().enumerate() {
            for (to, w) in row.iter_mut().enumerate() {
                if !allowed(from, to) {
                    *w = f32::NEG_INFINITY;
                }
            }
        }
        let mut back = vec![[0usize; T]; emissions.len()];
        let mut score: [f32; T] = std::array::from_fn(|t| cost[T][t] + emissions[0][t]);
        for k in 1..emissions.len() {
            let mut next = [0f32; T];
            for to in 0..T {
                let mut best = (score[0] + cost[0][to], 0);
                for from in 1..T {
                    if score[from] + cost[from][to] > best.0 {
                        best = (score[from] + cost[from][to], from);
                    }
                }
                next[to] = best.0 + emissions[k][to];
                back[k][to] = best.1;
            }
            score = next;
        }
        let mut tag = (0..T)
            .max_by(|&a, &b| score[a].total_cmp(&score[b]))
            .unwrap_or(0);
        let mut tags = vec![0; emissions.len()];
        for k in (0..emissions.len()).rev() {
            tags[k] = tag;
            tag = back[k][tag];
        }
        tags
    }

    #[test]
    fn decoding_chooses_as_trying_every_move_does_ties_included() {
        // Small whole numbers make ties common; xorshift keeps the cases the same each run.
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % 5) as f32 - 2.0
        };
        for case in 0..2_000 {
            let transitions: [[f32; T]; T + 1] =
                std::array::from_fn(|_| std::array::from_fn(|_| next()));
            let emissions: Vec<[f32; T]> = (0..1 + case % 9)
                .map(|_| std::array::from_fn(|_| next()))
                .collect();
            assert_eq!(
                decode(&emissions, &transitions),
                decode_trying_every_move(&emissions, &transitions),
                "case {case}"
            );
        }
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
