import type { RequestData, RequestMethod, ResponseData } from '../protocol';
import type { HandlerContext } from './handler-context';
import { chat, raiseHand, requestUnmute } from './conversation.handlers';
import { join, leave } from './join.handlers';
import * as media from './media.handlers';
import { admit, endCaucus, endSession, mute, remove, startCaucus, unmute } from './moderation.handlers';

/** `authenticate` is the dispatcher's own: it runs before there is a user to hand to a handler. */
export type HandlerMap = { [M in Exclude<RequestMethod, 'authenticate'>]: (ctx: HandlerContext, data: RequestData<M>) => Promise<ResponseData<M>> };

/** Every signaling method and its handler. */
export const HANDLERS: HandlerMap = {
  join, leave, ...media, admit, remove, mute, unmute, startCaucus, endCaucus, endSession, chat, raiseHand, requestUnmute,
};
