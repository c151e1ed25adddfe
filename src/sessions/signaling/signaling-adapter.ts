import { INestApplication, WebSocketAdapter } from '@nestjs/common';
import { WsAdapter } from '@nestjs/platform-ws';

/**
 * The signaling gateway speaks plain WebSocket (ws), not socket.io. Call this in createHttpApp, before app.init():
 * without an adapter Nest would try to load @nestjs/platform-socket.io and exit.
 */
export function useSignalingAdapter(app: INestApplication): void {
  // The cast bridges @nestjs/common 11.2's adapter interface and @nestjs/websockets 11.1's handler type.
  app.useWebSocketAdapter(new WsAdapter(app) as unknown as WebSocketAdapter);
}
