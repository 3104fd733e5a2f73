import { css } from 'lit';

export const styles = css`
  .intake {
    display: grid;
    gap: var(--_space);
  }
  h3 {
    margin: 0;
    font-size: 1rem;
  }
  form,
  .field {
    display: grid;
    gap: 8px;
  }
  fieldset.field {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .field > label,
  .field > legend {
    font-weight: 600;
    padding: 0;
  }
  .field textarea,
  .field input[type='text'] {
    width: 100%;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
  }
  /* Each choice a 32 px target: the box and its words. */
  .choices label {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 32px;
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  dl {
    margin: 0;
    display: grid;
    gap: 4px;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 6px;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
`;
