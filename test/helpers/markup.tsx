/**
 * Reading the pane's markup as react-dom/server renders it (test/taskpane-*render.test.tsx): its text as a
 * reader gets it, an element's attributes, the buttons' accessible names, and a part of the pane rendered
 * inside Fluent's provider (the theme and styles the pane gives its parts).
 */
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';

export const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The text without tags, styles and comments, entities decoded, white space collapsed. */
export const text = (html: string) =>
  decode(html.replace(/<style\b[\s\S]*?<\/style>|<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

/** An attribute's decoded value in an element's attribute text, null when absent. */
export const attr = (attrs: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(attrs);
  return m ? decode(m[1]!) : null;
};

/** Accessible names of the buttons: aria-label, else their text. */
export function buttonNames(html: string): string[] {
  return [...html.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/g)].map((m) => attr(m[1]!, 'aria-label') ?? text(m[2]!));
}

export const inProvider = (node: ReactNode) => renderToString(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
