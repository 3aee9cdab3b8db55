// Runs one Express middleware on a bare request with only a URL, for the server's unit tests:
// what it answered (status, text) and whether it passed the request on.

type Middleware = (req: never, res: never, next: () => void) => void;

export function runMiddleware(middleware: Middleware, url: string) {
  let status = 0;
  let body = "";
  let passed = false;
  const res = {
    status(code: number) {
      status = code;
      return res;
    },
    type() {
      return res;
    },
    send(text: string) {
      body = text;
      return res;
    },
  };
  middleware({ url } as never, res as never, () => {
    passed = true;
  });
  return { status, body, passed };
}
