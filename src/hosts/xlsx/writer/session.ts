/**
 * One package load for a whole plan: the parts a plan touches are read once, edited as text in memory by
 * every step that needs them, and written once. Parts nobody touched are never decoded, so the zip splice
 * copies them byte for byte.
 */
import { removeCalcChainEntries } from '../patch/calc-chain';
import { XlsxPatchError } from '../patch/errors';
import {
  type Package,
  type Relationship,
  addEntry,
  findEntry,
  hasEntry,
  loadPackage,
  parseRels,
  readTextPart,
  readWorkbook,
  relsPartFor,
  removeEntry,
  replaceEntry,
  writePackage,
} from '../patch/package';
import { StylesEditor } from '../patch/styles';
import { applySplices } from '../patch/xml';
import { removeOverride } from './opc';
import { type SheetElement, scanWorkbook } from './workbook-xml';

/** A worksheet of the workbook as it stands after the steps so far. */
export interface SheetPart {
  /** Position in <sheets> (what localSheetId and activeTab count). */
  index: number;
  element: SheetElement;
  /** The worksheet's part name, as the workbook's relationship names it. */
  part: string;
}

export const CONTENT_TYPES = '[Content_Types].xml';

export class Session {
  /** Current text of every part read or written so far, by entry name. */
  private readonly texts = new Map<string, string>();
  /** The text each part had in the package, to leave alone a part whose steps cancel out. */
  private readonly originals = new Map<string, string>();
  /** Part name as referenced (relationship targets may differ in case) → zip entry name. */
  private readonly entryNames = new Map<string, string>();
  private readonly dirty = new Set<string>();
  private readonly added: string[] = [];
  private readonly removed = new Set<string>();
  private stylesEditor: { editor: StylesEditor; part: string } | null = null;
  /** Cells whose formula a step removed, and whole sheets removed: their calcChain entries must go. */
  private readonly calcChainDrops: Array<{ sheetId: string; refs: ReadonlySet<string> | 'all' }> = [];
  /** sheetIds of removed sheets, never reused within the plan. */
  readonly removedSheetIds: number[] = [];

  private constructor(
    readonly pkg: Package,
    readonly workbookPart: string,
    readonly workbookRelsPart: string,
  ) {}

  static async open(input: Uint8Array): Promise<Session> {
    const pkg = await loadPackage(input);
    const wb = await readWorkbook(pkg);
    return new Session(pkg, wb.workbookPart, wb.workbookRelsPart?.name ?? relsPartFor(wb.workbookPart));
  }

  /** The current text of a part, or null when the package has no such part. */
  async text(name: string, what: string): Promise<string | null> {
    const entry = this.entryOf(name);
    const cached = this.texts.get(entry);
    if (cached !== undefined) return cached;
    if (this.removed.has(entry)) return null;
    const part = await readTextPart(this.pkg, name, what);
    if (part === null) return null;
    this.entryNames.set(name, part.name);
    this.texts.set(part.name, part.text);
    this.originals.set(part.name, part.text);
    return part.text;
  }

  /** The zip entry of a part name (OPC names compare case-insensitively; a relationship may differ). */
  private entryOf(name: string): string {
    return this.entryNames.get(name) ?? findEntry(this.pkg, name)?.name ?? name;
  }

  async requireText(name: string, what: string): Promise<string> {
    const text = await this.text(name, what);
    if (text === null) throw new XlsxPatchError(`The ${what} (${name}) is missing from the package.`, 'bad-package');
    return text;
  }

  /** Records new text for a part read before (or added by this plan). */
  put(partName: string, text: string): void {
    const name = this.entryOf(partName);
    if (this.texts.get(name) === text) return;
    this.texts.set(name, text);
    this.dirty.add(name);
  }

  add(name: string, text: string): void {
    this.texts.set(name, text);
    this.added.push(name);
  }

  remove(partName: string): void {
    const name = this.entryOf(partName);
    this.texts.delete(name);
    this.dirty.delete(name);
    if (this.added.includes(name)) this.added.splice(this.added.indexOf(name), 1);
    else this.removed.add(name);
  }

  /** Whether a part of this name exists now (case-insensitively), or existed when the plan began. */
  nameTaken(name: string): boolean {
    const lower = name.toLowerCase();
    return hasEntry(this.pkg, name) || this.added.some((n) => n.toLowerCase() === lower);
  }

  async workbookXml(): Promise<string> {
    return this.requireText(this.workbookPart, 'workbook part');
  }

  async workbookRels(): Promise<{ text: string; rels: Relationship[] }> {
    const text = await this.requireText(this.workbookRelsPart, 'workbook relationships part');
    return { text, rels: parseRels(text, this.workbookPart) };
  }

  /** The sheet named so (Excel compares sheet names case-insensitively), or null. */
  async findSheet(name: string): Promise<SheetPart | null> {
    const sheets = scanWorkbook(await this.workbookXml()).sheets;
    let index = sheets.findIndex((s) => s.name === name);
    if (index < 0) index = sheets.findIndex((s) => s.name.toLowerCase() === name.toLowerCase());
    if (index < 0) return null;
    const element = sheets[index]!;
    const rel = (await this.workbookRels()).rels.find((r) => r.id === element.rid);
    if (rel === undefined || rel.external) throw new XlsxPatchError(`Sheet "${element.name}" has no worksheet part in the package.`, 'bad-package');
    if (!rel.type.endsWith('/worksheet')) {
      throw new XlsxPatchError(`Sheet "${element.name}" is not a worksheet (it is a chart or dialog sheet).`, 'not-worksheet');
    }
    return { index, element, part: rel.target };
  }

  async sheet(name: string): Promise<SheetPart> {
    const found = await this.findSheet(name);
    if (found !== null) return found;
    const names = scanWorkbook(await this.workbookXml()).sheets.map((s) => `"${s.name}"`).join(', ');
    throw new XlsxPatchError(`Sheet "${name}" was not found in the workbook${names ? ` (sheets: ${names})` : ''}.`, 'sheet-not-found');
  }

  async sheetXml(sheet: SheetPart): Promise<string> {
    return this.requireText(sheet.part, 'worksheet part');
  }

  /** The styles editor shared by all steps (one set of added formats, written once). */
  async styles(): Promise<StylesEditor> {
    if (this.stylesEditor !== null) return this.stylesEditor.editor;
    const rel = (await this.workbookRels()).rels.find((r) => !r.external && r.type.endsWith('/styles'));
    const part = rel?.target ?? 'xl/styles.xml';
    const text = await this.text(part, 'styles part');
    if (text === null) throw new XlsxPatchError('The workbook has no styles part, so cell formats cannot be changed.', 'unsupported');
    this.stylesEditor = { editor: new StylesEditor(text), part };
    return this.stylesEditor.editor;
  }

  dropFromCalcChain(sheetId: number | string, refs: ReadonlySet<string> | 'all'): void {
    this.calcChainDrops.push({ sheetId: String(sheetId), refs });
  }

  /** Writes every change in one package write. */
  async finish(): Promise<Uint8Array> {
    if (this.stylesEditor?.editor.changed) this.put(this.stylesEditor.part, this.stylesEditor.editor.toString());
    if (this.calcChainDrops.length > 0) await this.updateCalcChain();
    for (const name of this.removed) removeEntry(this.pkg, name);
    for (const name of this.dirty) {
      const text = this.texts.get(name)!;
      if (!this.added.includes(name) && text !== this.originals.get(name)) replaceEntry(this.pkg, name, text);
    }
    for (const name of this.added) addEntry(this.pkg, name, this.texts.get(name)!);
    return writePackage(this.pkg);
  }

  /** Removes calculation-chain entries of cells that lost their formula (or the whole part when it empties). */
  private async updateCalcChain(): Promise<void> {
    const { text: relsText, rels } = await this.workbookRels();
    const rel = rels.find((r) => !r.external && r.type.endsWith('/calcChain'));
    const part = rel?.target ?? 'xl/calcChain.xml';
    const text = await this.text(part, 'calculation chain part');
    if (text === null) return;
    const drops = this.calcChainDrops;
    const next = removeCalcChainEntries(text, (sheetId, ref) =>
      drops.some((d) => d.sheetId === sheetId && (d.refs === 'all' || d.refs.has(ref))),
    );
    if (next === text) return;
    if (next !== null) {
      this.put(part, next);
      return;
    }
    // An empty chain is invalid: delete the part, its relationship and its content-type override.
    this.remove(part);
    if (rel !== undefined) this.put(this.workbookRelsPart, applySplices(relsText, [{ start: rel.start, end: rel.end, text: '' }]));
    const ct = await this.text(CONTENT_TYPES, 'content types part');
    if (ct !== null) this.put(CONTENT_TYPES, removeOverride(ct, part));
  }
}
