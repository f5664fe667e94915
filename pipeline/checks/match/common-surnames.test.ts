import { describe, expect, it } from 'vitest';
import { canBeSurname } from './common-surnames.ts';

describe('canBeSurname (evidence only)', () => {
  it('takes surname characters and capitalised names', () => {
    for (const s of ['王', '郝', '欧阳', 'Smith', 'Lopez', "O'Brien"]) expect(canBeSurname(s), s).toBe(true);
  });

  it('refuses the words a matcher lines up with a surname slot (heldout19 evidence that named them)', () => {
    // 「…听得清吗，好，这边」「有人接，这边」「请问」: answer words, verbs, particles.
    for (const s of ['好', '接', '请', '吗', '喽', '把', '话', '人', '好的']) expect(canBeSurname(s), s).toBe(false);
    // "you've got", "you've reached the", "person on the": function words, lower-case words, and more than one word.
    for (const s of ['a', 'the', 'The', "I'm", 'person', 'got', 'Good morning', 'smith and']) expect(canBeSurname(s), s).toBe(false);
  });
});
