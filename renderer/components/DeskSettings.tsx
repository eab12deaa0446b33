import { useState } from 'react';
import { parseSettingsPatch, userInitials, type Settings, type SettingsPatch } from '../../core/api/settings';
import { useText } from '../i18n';
import { ChosenPath } from './ChosenPath';
import { deskMessages } from './i18n-desk';

interface IdentityFieldsProps {
  settings: Settings;
  change(patch: SettingsPatch): Promise<void>;
  chooseDeskFolder(clear: boolean): Promise<void>;
}

/**
 * Who is writing (the name, initials and colour suggestions and comments carry) and the desk folder.
 * The name is stored when the field is left, so a half-typed name is not recorded on a draft.
 */
export function IdentityFields({ settings, change, chooseDeskFolder }: IdentityFieldsProps) {
  const t = useText(deskMessages);
  const [name, setName] = useState(settings.userName);
  const [initials, setInitials] = useState(settings.userInitials);
  const commit = (patch: SettingsPatch) => {
    if (parseSettingsPatch(patch).ok) void change(patch);
  };
  return (
    <fieldset className="settings-identity">
      <legend>{t('identityTitle')}</legend>
      <label>
        <span>{t('userName')}</span>
        <input
          className="setting-user-name"
          lang="bn"
          spellCheck={false}
          value={name}
          maxLength={80}
          onChange={(event) => setName(event.target.value)}
          onBlur={() => name !== settings.userName && commit({ userName: name.trim() })}
        />
      </label>
      <label>
        <span>{t('userInitials')}</span>
        <input
          className="setting-user-initials"
          lang="bn"
          size={4}
          maxLength={4}
          value={initials}
          placeholder={userInitials({ userName: name, userInitials: '' })}
          onChange={(event) => setInitials(event.target.value)}
          onBlur={() => initials !== settings.userInitials && commit({ userInitials: initials.trim() })}
        />
      </label>
      <label>
        <span>{t('userColor')}</span>
        <input
          className="setting-user-color"
          type="color"
          value={settings.userColor}
          onChange={(event) => commit({ userColor: event.target.value })}
        />
      </label>
      <div className="setting-desk-folder">
        <span>{t('deskFolder')}</span>
        <ChosenPath
          name="desk-folder"
          path={settings.deskPath}
          texts={{ none: t('deskFolderNone'), choose: t('deskFolderChoose'), change: t('deskFolderChoose'), clear: t('deskFolderClear') }}
          onChoose={() => void chooseDeskFolder(false)}
          onClear={() => void chooseDeskFolder(true)}
        />
      </div>
    </fieldset>
  );
}
