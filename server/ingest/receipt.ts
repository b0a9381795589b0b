/** One rejected row as the receipt shows it: where, which plan, why. Never a name or NHS number. */
export interface Rejection {
  line: number;
  /** The row's key as sent, made safe (`safeRef`): it is printed, stored and sent back to the LA. */
  ref: string;
  code: string;
  message: string;
}

export interface Receipt {
  received: number;
  applied: number;
  rejected: number;
  rejections: Rejection[];
}

/** 0: every row applied; 1: some rows rejected, the rest applied; 2: nothing applied. */
export function exitStatus(receipt: Receipt): 0 | 1 | 2 {
  if (receipt.rejected === 0) return 0;
  return receipt.applied > 0 ? 1 : 2;
}

/**
 * A value from the file, made safe for the operator's terminal: control characters (an ESC that
 * would start a terminal sequence, a newline that would forge a receipt line) and invisible format
 * characters (bidirectional overrides) are shown as escapes, and the backslash that starts them too.
 */
export const escapeForTerminal = (text: string): string =>
  text.replace(/[\\\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (char) =>
    char === '\\' ? '\\\\' : `\\u{${char.codePointAt(0)!.toString(16).padStart(4, '0')}}`,
  );

/** A row's key for a receipt: escaped once here, so a NUL can be stored and an ESC never reaches a terminal. */
export const safeRef = (value: string | undefined): string => escapeForTerminal(value?.trim() ?? '');

export function formatReceipt(title: string, receipt: Receipt, refLabel: string): string {
  const lines = [
    title,
    `  received: ${receipt.received}`,
    `  applied:  ${receipt.applied}`,
    `  rejected: ${receipt.rejected}`,
  ];
  if (receipt.rejections.length > 0) {
    lines.push('', `Rejected rows (line, ${refLabel}, code: message):`);
    for (const r of receipt.rejections) {
      lines.push(`  line ${r.line}, ${r.ref || '(blank)'}, ${r.code}: ${r.message}`);
    }
  }
  return lines.join('\n');
}
