// The baseline of bench/chat: a trivial WebSocket relay that speaks just enough of Parley's frames for load.mjs to
// drive it exactly as it drives Parley. A visitor's `send` is parsed, answered with an `ack` (a per-connection
// sequence number, nothing stored) and passed to every agent connection as a `ticket` frame: what is left of a chat
// server without a database, transactions, limits or a container. Its latencies are the floor that the loopback,
// the frames and the generator set on this machine.
//
// Usage: node relay.mjs <port>   (prints "listening" once it accepts connections)
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';

const port = Number(process.argv[2]);
const agents = new Set();

const server = createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/api/v1/agent/session') {
    req.resume();
    res.writeHead(200, {
      'content-type': 'application/json',
      'set-cookie': `PARLEY_SESSION=${randomBytes(16).toString('hex')}; HttpOnly`,
    });
    res.end('{"csrfToken":"relay"}');
  } else if (req.url === '/health/ready') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"status":"UP"}');
  } else {
    res.writeHead(404);
    res.end();
  }
});

const sockets = new WebSocketServer({ server, perMessageDeflate: false });
sockets.on('connection', (socket, req) => {
  const agent = req.url === '/ws/agent';
  if (agent) agents.add(socket);
  const conversationId = randomUUID();
  let seq = 0;
  socket.on('close', () => agents.delete(socket));
  socket.on('message', (data) => {
    const frame = JSON.parse(data);
    switch (frame.type) {
      case 'hello':
        socket.send(
          JSON.stringify(
            agent
              ? { type: 'inbox', tickets: [] }
              : { type: 'ready', visitorId: randomUUID(), token: randomBytes(32).toString('base64url') },
          ),
        );
        break;
      case 'ping':
        socket.send('{"type":"pong"}');
        break;
      case 'send': {
        seq++;
        socket.send(JSON.stringify({ type: 'ack', clientMessageId: frame.clientMessageId, conversationId, seq }));
        const ticket = JSON.stringify({
          type: 'ticket',
          ticket: { conversationId, lastSeq: seq, lastMessage: { author: 'visitor', text: frame.text } },
        });
        for (const a of agents) a.send(ticket);
        break;
      }
      default:
        break;
    }
  });
});

server.listen(port, '0.0.0.0', () => console.log('listening'));
