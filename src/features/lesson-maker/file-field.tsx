interface FileFieldProps {
  id: string;
  label: string;
  /** The input's `accept`: extensions and types the picker offers. */
  accept: string;
  multiple?: boolean;
  /** A line under the input saying what the field takes, read with it. */
  hint?: string;
  onFiles: (files: FileList | null) => void;
}

/** One file input of "Add a lesson", with its label and the hint it is described by. */
export function FileField({ id, label, accept, multiple, hint, onFiles }: FileFieldProps) {
  const hintId = `${id}-hint`;
  return (
    <div className="add-lesson-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        multiple={multiple}
        accept={accept}
        aria-describedby={hint ? hintId : undefined}
        onChange={(e) => onFiles(e.target.files)}
      />
      {hint && (
        <p id={hintId} className="add-lesson-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
