/**
 * `<story-panel tag="mentor-list">`: wraps a story's live tag (its light DOM) with what Storybook
 * gives — controls for the tag's attributes, generated from custom-elements.json so they always match
 * the documented surface; a log of every `mentorship-*` event with its payload; and the HTML to copy.
 */
import { css, html, LitElement, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import manifest from '../../custom-elements.json';

interface ManifestAttribute {
  name: string;
  type?: { text: string };
  description?: string;
  default?: string;
}

type Declarations = Array<{ tagName?: string; attributes?: ManifestAttribute[]; events?: Array<{ name?: string }> }>;
const declarations = manifest.modules.flatMap(module => (module as { declarations?: Declarations }).declarations ?? []);

/** Every event any tag documents (`mentorship-booked`, `mentorship-canceled`, …): the log listens to them all. */
const EVENT_TYPES = [...new Set(declarations.flatMap(declaration => (declaration.events ?? []).map(event => event.name ?? '')))].filter(
  name => name.startsWith('mentorship-'),
);

interface LoggedEvent {
  time: string;
  type: string;
  detail: string;
}

/** The tag's attributes as documented, without `api-base` (stories choose the backend). */
function attributesOf(tag: string): ManifestAttribute[] {
  const declaration = declarations.find(candidate => candidate.tagName === tag);
  return (declaration?.attributes ?? []).filter(attribute => attribute.name !== 'api-base');
}

/** `'light' | 'dark' | undefined` → ['light', 'dark']: the options of a select control. */
function optionsOf(attribute: ManifestAttribute): string[] | null {
  const literals = [...(attribute.type?.text ?? '').matchAll(/'([^']+)'/g)].map(match => match[1]);
  return literals.length > 0 ? literals : null;
}

const SAFE_DETAIL = (detail: unknown) =>
  JSON.stringify(
    detail,
    (key, value: unknown) => (key === 'error' && value instanceof Error ? `${value.name}: ${value.message}` : value),
    2,
  );

class StoryPanel extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      grid-template-columns: minmax(280px, 420px) minmax(0, 1fr);
      gap: 16px;
      align-items: start;
    }
    @media (max-width: 1000px) {
      :host {
        grid-template-columns: 1fr;
      }
    }
    .frame {
      border: 1px dashed #c3cad8;
      padding: 12px;
      border-radius: 10px;
      background: #f9fafc;
      min-width: 0;
    }
    aside {
      display: grid;
      gap: 12px;
      min-width: 0;
    }
    fieldset {
      border: 1px solid #dde2ec;
      border-radius: 8px;
      display: grid;
      gap: 8px;
      margin: 0;
    }
    label {
      display: grid;
      grid-template-columns: 130px minmax(0, 1fr);
      gap: 8px;
      align-items: center;
      font-size: 0.8125rem;
    }
    label code {
      overflow-wrap: anywhere;
    }
    pre {
      margin: 0;
      max-height: 220px;
      overflow: auto;
      background: #0f1420;
      color: #d6deeb;
      padding: 10px;
      border-radius: 8px;
      font-size: 0.75rem;
    }
    h3 {
      margin: 0;
      font-size: 0.875rem;
    }
    .row {
      display: flex;
      justify-content: space-between;
      align-items: center;
    }
  `;

  /** The tag this story shows; its first occurrence in the panel's content gets the controls. */
  @property() tag = '';

  @state() private events: LoggedEvent[] = [];
  @state() private snippet = '';
  @state() private copied = false;

  private observer?: MutationObserver;

  private get target(): HTMLElement | null {
    return this.querySelector(this.tag);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Every library event is composed and bubbles: it reaches the panel whatever nests it.
    for (const type of EVENT_TYPES) this.addEventListener(type, this.log);
    this.observer = new MutationObserver(() => this.updateSnippet());
    this.observer.observe(this, { attributes: true, subtree: true, childList: true });
    queueMicrotask(() => this.updateSnippet());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  private readonly log = (event: Event) => {
    const entry = { time: new Date().toLocaleTimeString(), type: event.type, detail: SAFE_DETAIL((event as CustomEvent).detail) };
    this.events = [entry, ...this.events].slice(0, 30);
  };

  /** The story's markup as a page would write it: elements and attributes only, indented. */
  private updateSnippet(): void {
    const serialize = (element: Element, depth: number): string => {
      const indent = '  '.repeat(depth);
      const attributes = [...element.attributes]
        .map(({ name, value }) => (value === '' ? ` ${name}` : ` ${name}="${value.replaceAll('"', '&quot;')}"`))
        .join('');
      const tag = element.localName;
      const children = [...element.children].map(child => serialize(child, depth + 1));
      return children.length === 0
        ? `${indent}<${tag}${attributes}></${tag}>`
        : `${indent}<${tag}${attributes}>\n${children.join('\n')}\n${indent}</${tag}>`;
    };
    this.snippet = [...this.children].map(child => serialize(child, 0)).join('\n');
  }

  private async copy(): Promise<void> {
    await navigator.clipboard?.writeText(this.snippet);
    this.copied = true;
    setTimeout(() => (this.copied = false), 2000);
  }

  private setAttributeOf(name: string, value: string | boolean): void {
    const target = this.target;
    if (!target) return;
    if (value === false || value === '') target.removeAttribute(name);
    else target.setAttribute(name, value === true ? '' : value);
  }

  private renderControl(attribute: ManifestAttribute): TemplateResult {
    const current = this.target?.getAttribute(attribute.name);
    const isBoolean = attribute.type?.text === 'boolean';
    const options = optionsOf(attribute);
    const onInput = (event: Event) => {
      const input = event.target as HTMLInputElement | HTMLSelectElement;
      this.setAttributeOf(attribute.name, input instanceof HTMLInputElement && input.type === 'checkbox' ? input.checked : input.value);
    };
    let control: TemplateResult;
    if (isBoolean) control = html`<input type="checkbox" .checked=${current !== null && current !== undefined} @change=${onInput} />`;
    else if (options)
      control = html`<select @change=${onInput}>
        <option value="">${attribute.default ? `(default: ${attribute.default.replaceAll("'", '')})` : '(default)'}</option>
        ${options.map(option => html`<option ?selected=${current === option}>${option}</option>`)}
      </select>`;
    else
      control = html`<input type="text" .value=${current ?? ''} placeholder=${attribute.default ? `default: ${attribute.default.replaceAll("'", '')}` : ''} @change=${onInput} />`;
    return html`<label title=${attribute.description ?? ''}><code>${attribute.name}</code>${control}</label>`;
  }

  override render(): TemplateResult {
    return html`<div class="frame"><slot></slot></div>
      <aside>
        <fieldset>
          <legend>Controls (from custom-elements.json)</legend>
          ${attributesOf(this.tag).map(attribute => this.renderControl(attribute))}
        </fieldset>
        <div class="row">
          <h3>HTML</h3>
          <button type="button" aria-live="polite" @click=${() => void this.copy()}>${this.copied ? 'Copied' : 'Copy'}</button>
        </div>
        <pre>${this.snippet}</pre>
        <div class="row">
          <h3>Events (${this.events.length})</h3>
          <button type="button" @click=${() => (this.events = [])}>Clear</button>
        </div>
        <pre aria-live="polite">${
          this.events.length === 0
            ? 'No events yet: interact with the component.'
            : this.events.map(event => `${event.time}  ${event.type}\n${event.detail}`).join('\n\n')
        }</pre>
      </aside>`;
  }
}
if (!customElements.get('story-panel')) customElements.define('story-panel', StoryPanel);
