/**
 * Plain HTML form controls styled with Fluent's tokens. Fluent's Field, Input, Textarea, RadioGroup and
 * Checkbox would add about 9 KiB gzip to a pane that must load fast on slow office machines; native
 * controls are as accessible and need no script.
 */
import { useId, type ChangeEvent } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

const useControlStyles = makeStyles({
  field: { display: "flex", flexDirection: "column", rowGap: "4px", minWidth: 0 },
  label: { fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  box: {
    boxSizing: "border-box",
    width: "100%",
    minWidth: 0,
    padding: "5px 8px",
    font: "inherit",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  invalid: {
    borderTopColor: tokens.colorPaletteRedBorder2,
    borderRightColor: tokens.colorPaletteRedBorder2,
    borderBottomColor: tokens.colorPaletteRedBorder2,
    borderLeftColor: tokens.colorPaletteRedBorder2,
  },
  area: { minHeight: "64px", resize: "vertical" },
  group: { margin: 0, padding: 0, border: 0, display: "flex", flexDirection: "column", rowGap: "2px" },
  choice: { display: "flex", alignItems: "center", columnGap: "6px", cursor: "pointer", minHeight: "24px" },
  mark: { margin: 0, width: "16px", height: "16px", accentColor: tokens.colorCompoundBrandBackground },
});

export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  readonly error?: string | null;
  readonly multiline?: boolean;
  readonly required?: boolean;
  readonly autoComplete?: string;
}

export function TextField(props: TextFieldProps): JSX.Element {
  const styles = useControlStyles();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [props.hint ? hintId : "", props.error ? errorId : ""].filter(Boolean).join(" ");
  const common = {
    id,
    value: props.value,
    required: props.required ?? false,
    "aria-invalid": props.error ? true : undefined,
    "aria-describedby": described || undefined,
    className: [styles.box, props.multiline ? styles.area : "", props.error ? styles.invalid : ""]
      .filter(Boolean)
      .join(" "),
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      props.onChange(event.target.value),
  };
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {props.label}
        {props.required ? " *" : ""}
      </label>
      {props.multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input {...common} type="text" autoComplete={props.autoComplete} />
      )}
      {props.hint && (
        <span id={hintId} className={styles.hint}>
          {props.hint}
        </span>
      )}
      {props.error && (
        <span id={errorId} className={styles.error} role="alert">
          {props.error}
        </span>
      )}
    </div>
  );
}

export interface ChoiceGroupProps<T extends string> {
  readonly legend: string;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly value: T;
  readonly onChange: (value: T) => void;
}

export function ChoiceGroup<T extends string>(props: ChoiceGroupProps<T>): JSX.Element {
  const styles = useControlStyles();
  const name = useId();
  return (
    <fieldset className={styles.group}>
      <legend className={styles.label}>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value} className={styles.choice}>
          <input
            type="radio"
            className={styles.mark}
            name={name}
            value={option.value}
            checked={props.value === option.value}
            onChange={() => props.onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

export interface CheckFieldProps {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

export function CheckField({ label, checked, onChange }: CheckFieldProps): JSX.Element {
  const styles = useControlStyles();
  return (
    <label className={styles.choice}>
      <input
        type="checkbox"
        className={styles.mark}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      {label}
    </label>
  );
}
