import { createServer } from "node:http"

/**
 * Serve one page on localhost until the process is stopped (Ctrl-C): the
 * explorer needs no server, this only saves writing a file and finding it.
 * Resolves with the URL once listening.
 */
export const servePage = (html: string, port: number): Promise<string> =>
  new Promise((resolve, reject) => {
    const server = createServer((req, res) => {
      if (req.url !== "/" && !req.url?.startsWith("/#") && !req.url?.startsWith("/?")) {
        res.writeHead(404).end("not found\n")
        return
      }
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html)
    })
    server.once("error", reject)
    server.listen(port, "127.0.0.1", () => {
      const address = server.address()
      resolve(`http://127.0.0.1:${typeof address === "object" && address ? address.port : port}/`)
    })
  })
