/**
 * Luhn (mod 10) check used by every payment card scheme: double every second digit from
 * the right, sum the digits, the total must be a multiple of 10.
 * `digits` must contain only ASCII digits; anything else is not a card number.
 */
export function isLuhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** A payment card number: 13–19 digits that pass the Luhn check. */
export function isCardNumber(digits: string): boolean {
  return digits.length >= 13 && digits.length <= 19 && isLuhnValid(digits);
}
