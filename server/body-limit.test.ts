import { describe, expect, it } from "vitest";
import { bodyLimit, MAX_BODY_BYTES } from "./body-limit.js";

interface Answer {
  passed: boolean;
  status: number | null;
  body: string | null;
}

function run(headers: Record<string, string>, max = 100, method = "POST"): Answer {
  const answer: Answer = { passed: false, status: null, body: null };
  const res = {
    set: () => res,
    type: () => res,
    status(code: number) {
      answer.status = code;
      return res;
    },
    send(body: string) {
      answer.body = body;
      return res;
    },
  };
  bodyLimit(max)({ method, headers } as never, res as never, () => {
    answer.passed = true;
  });
  return answer;
}

describe("bodyLimit (in front of every request)", () => {
  it("lets bodies up to the limit through, and requests without a body", () => {
    expect(run({ "content-length": "100" }).passed).toBe(true);
    expect(run({ "content-length": "0" }).passed).toBe(true);
    expect(run({}).passed).toBe(true);
    // A GET's body is never read, whatever it claims.
    expect(run({ "transfer-encoding": "chunked" }, 100, "GET").passed).toBe(true);
  });

  it("refuses a body over the limit with 413 and a message, before it is read", () => {
    const answer = run({ "content-length": "101" });
    expect(answer).toMatchObject({ passed: false, status: 413 });
    expect(answer.body).toMatch(/too much to send/);
  });

  it("refuses a chunked body (no length to check) with 411, and a nonsense length with 400", () => {
    expect(run({ "transfer-encoding": "chunked" })).toMatchObject({ passed: false, status: 411 });
    expect(run({ "content-length": "-1" })).toMatchObject({ passed: false, status: 400 });
    expect(run({ "content-length": "1e9" })).toMatchObject({ passed: false, status: 400 });
  });

  it("leaves room for the largest honest story: 50,000 four-byte characters, percent-encoded", () => {
    const field = encodeURIComponent("😀".repeat(25_000)); // 50,000 UTF-16 units, the editor's cap
    expect(`body=${field}`.length).toBeLessThan(MAX_BODY_BYTES);
  });
});
