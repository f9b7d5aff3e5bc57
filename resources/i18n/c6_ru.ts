<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation>&amp;Новый сценарий</translation>
    </message>
    <message>
        <source>A new scenario from the baseline</source>
        <translation>Новый сценарий на основе базового</translation>
    </message>
    <message>
        <source>&amp;Open scenario file…</source>
        <translation>&amp;Открыть файл сценария…</translation>
    </message>
    <message>
        <source>Open a .c6s file</source>
        <translation>Открыть файл .c6s</translation>
    </message>
    <message>
        <source>&amp;Connect to a team store…</source>
        <translation>&amp;Подключиться к общему хранилищу…</translation>
    </message>
    <message>
        <source>Work on a store that a team shares on a PostgreSQL server (or on another store file); the scenarios of this store close, files stay open</source>
        <translation>Работать с хранилищем, общим для команды, на сервере PostgreSQL (или с другим файлом хранилища); сценарии этого хранилища закрываются, файлы остаются открытыми</translation>
    </message>
    <message>
        <source>Open &amp;local store…</source>
        <translation>Открыть &amp;локальное хранилище…</translation>
    </message>
    <message>
        <source>Work on a store file on this computer: your own, or another</source>
        <translation>Работать с файлом хранилища на этом компьютере: своим или другим</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the scenario where it came from</source>
        <translation>Сохранить сценарий туда, откуда он открыт</translation>
    </message>
    <message>
        <source>Save &amp;as file…</source>
        <translation>Сохранить &amp;как файл…</translation>
    </message>
    <message>
        <source>Save the scenario to a .c6s file</source>
        <translation>Сохранить сценарий в файл .c6s</translation>
    </message>
    <message>
        <source>&amp;History of this scenario…</source>
        <translation>&amp;История этого сценария…</translation>
    </message>
    <message>
        <source>Every saved version: who saved it, when, what it switched; restore one</source>
        <translation>Все сохранённые версии: кто и когда сохранил, что переключено; восстановить любую</translation>
    </message>
    <message>
        <source>&amp;Duplicate scenario</source>
        <translation>&amp;Дублировать сценарий</translation>
    </message>
    <message>
        <source>A stored copy of this scenario as it is now, unsaved edits included</source>
        <translation>Копия сценария в хранилище в нынешнем виде, включая несохранённые правки</translation>
    </message>
    <message>
        <source>&amp;Delete scenario…</source>
        <translation>&amp;Удалить сценарий…</translation>
    </message>
    <message>
        <source>A stored scenario goes to the trash (the Scenarios panel restores it); a file is closed</source>
        <translation>Сценарий из хранилища уходит в корзину (панель «Сценарии» его восстанавливает); файл закрывается</translation>
    </message>
    <message>
        <source>&amp;Import file into the store…</source>
        <translation>И&amp;мпортировать файл в хранилище…</translation>
    </message>
    <message>
        <source>Add a .c6s file&apos;s scenario to the store</source>
        <translation>Добавить сценарий из файла .c6s в хранилище</translation>
    </message>
    <message>
        <source>&amp;Export to file…</source>
        <translation>&amp;Экспорт в файл…</translation>
    </message>
    <message>
        <source>Write the scenario, with its network, to a .c6s file</source>
        <translation>Записать сценарий вместе с его сетью в файл .c6s</translation>
    </message>
    <message>
        <source>E&amp;xport for others</source>
        <translation>Экспорт для д&amp;ругих</translation>
    </message>
    <message>
        <source>Network &amp;picture (PNG, SVG, PDF)…</source>
        <translation>&amp;Рисунок сети (PNG, SVG, PDF)…</translation>
    </message>
    <message>
        <source>The canvas with a title and the legend</source>
        <translation>Холст с заголовком и легендой</translation>
    </message>
    <message>
        <source>Network for &amp;Gephi, Cytoscape (GraphML, GEXF)…</source>
        <translation>Сеть для &amp;Gephi, Cytoscape (GraphML, GEXF)…</translation>
    </message>
    <message>
        <source>Every actor and link with its attributes and this scenario&apos;s states</source>
        <translation>Все участники и связи с их атрибутами и состояниями в этом сценарии</translation>
    </message>
    <message>
        <source>&amp;Links table (CSV)…</source>
        <translation>Таблица с&amp;вязей (CSV)…</translation>
    </message>
    <message>
        <source>Every link with its status, years, sources and state here; Network › Import reads it back</source>
        <translation>Все связи со статусом, годами, источниками и состоянием здесь; Сеть › Импорт читает её обратно</translation>
    </message>
    <message>
        <source>&amp;Actors table (CSV)…</source>
        <translation>Таблица &amp;участников (CSV)…</translation>
    </message>
    <message>
        <source>Every actor with its kind, seat, membership class and sources; Network › Import reads it back</source>
        <translation>Все участники с видом, местом, классом членства и источниками; Сеть › Импорт читает её обратно</translation>
    </message>
    <message>
        <source>&amp;Coverage matrix (CSV)…</source>
        <translation>&amp;Матрица покрытия (CSV)…</translation>
    </message>
    <message>
        <source>States by risks: how many enabled links cover each</source>
        <translation>Государства по рискам: сколько включённых связей покрывает каждый</translation>
    </message>
    <message>
        <source>&amp;Briefing report (PDF, HTML)…</source>
        <translation>&amp;Справка для брифинга (PDF, HTML)…</translation>
    </message>
    <message>
        <source>Notes, picture, coverage, figures, switched and critical links, sources</source>
        <translation>Заметки, рисунок, покрытие, показатели, переключённые и критичные связи, источники</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Find link…</source>
        <translation>&amp;Найти связь…</translation>
    </message>
    <message>
        <source>Search the links table</source>
        <translation>Поиск в таблице связей</translation>
    </message>
    <message>
        <source>&amp;Rename scenario…</source>
        <translation>П&amp;ереименовать сценарий…</translation>
    </message>
    <message>
        <source>Reset to &amp;baseline</source>
        <translation>Вернуть к &amp;базовому сценарию</translation>
    </message>
    <message>
        <source>Every link back to its baseline state</source>
        <translation>Все связи — в состояние базового сценария</translation>
    </message>
    <message>
        <source>Only the region&apos;s &amp;own mechanisms</source>
        <translation>Только собственные &amp;механизмы региона</translation>
    </message>
    <message>
        <source>What if only the region&apos;s own mechanisms were left: switch off every link to a body with outside powers (one undoable step)</source>
        <translation>Что, если останутся только собственные механизмы региона: выключить все связи с организациями с участием внешних держав (один шаг, который можно отменить)</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Сеть</translation>
    </message>
    <message>
        <source>Add &amp;actor…</source>
        <translation>Добавить &amp;участника…</translation>
    </message>
    <message>
        <source>A new state, body or mechanism, with its sources</source>
        <translation>Новое государство, организация или механизм с источниками</translation>
    </message>
    <message>
        <source>Add &amp;link…</source>
        <translation>Добавить &amp;связь…</translation>
    </message>
    <message>
        <source>A new link between two actors: status, years, risks, sources</source>
        <translation>Новая связь между двумя участниками: статус, годы, риски, источники</translation>
    </message>
    <message>
        <source>Edit ac&amp;tor…</source>
        <translation>Изменить уч&amp;астника…</translation>
    </message>
    <message>
        <source>Choose an actor, then edit it (also on a node&apos;s right-click menu)</source>
        <translation>Выбрать участника и изменить его (также в контекстном меню узла)</translation>
    </message>
    <message>
        <source>Edit lin&amp;k…</source>
        <translation>Изменить св&amp;язь…</translation>
    </message>
    <message>
        <source>Choose a link, then edit it (also on a link&apos;s right-click menu)</source>
        <translation>Выбрать связь и изменить её (также в контекстном меню связи)</translation>
    </message>
    <message>
        <source>Delete a&amp;n actor…</source>
        <translation>Удалить участ&amp;ника…</translation>
    </message>
    <message>
        <source>Choose an actor; asks first, naming its links</source>
        <translation>Выбрать участника; сначала спросит, назвав его связи</translation>
    </message>
    <message>
        <source>Delete a li&amp;nk…</source>
        <translation>Удалить свя&amp;зь…</translation>
    </message>
    <message>
        <source>Choose a link; asks first</source>
        <translation>Выбрать связь; сначала спросит</translation>
    </message>
    <message>
        <source>Add &amp;risk…</source>
        <translation>Добавить &amp;риск…</translation>
    </message>
    <message>
        <source>A new risk in the taxonomy</source>
        <translation>Новый риск в классификации</translation>
    </message>
    <message>
        <source>&amp;Edit a risk…</source>
        <translation>Изм&amp;енить риск…</translation>
    </message>
    <message>
        <source>Its label and description</source>
        <translation>Его название и описание</translation>
    </message>
    <message>
        <source>&amp;Delete a risk…</source>
        <translation>Удалить рис&amp;к…</translation>
    </message>
    <message>
        <source>Asks first, naming the links that cover it</source>
        <translation>Сначала спросит, назвав покрывающие его связи</translation>
    </message>
    <message>
        <source>&amp;Import actors or links (CSV)…</source>
        <translation>Им&amp;порт участников или связей (CSV)…</translation>
    </message>
    <message>
        <source>Add or update actors or links from a CSV file: each row previewed, all or none written</source>
        <translation>Добавить или обновить участников или связи из файла CSV: каждая строка показывается заранее, записываются все или ни одной</translation>
    </message>
    <message>
        <source>Export a&amp;ctors (CSV)…</source>
        <translation>Экспорт у&amp;частников (CSV)…</translation>
    </message>
    <message>
        <source>Every actor, as Import reads it</source>
        <translation>Все участники в виде, который читает импорт</translation>
    </message>
    <message>
        <source>Export lin&amp;ks (CSV)…</source>
        <translation>Экспорт с&amp;вязей (CSV)…</translation>
    </message>
    <message>
        <source>Every link, as Import reads it</source>
        <translation>Все связи в виде, который читает импорт</translation>
    </message>
    <message>
        <source>Data &amp;sources…</source>
        <translation>&amp;Источники данных…</translation>
    </message>
    <message>
        <source>Every source the network cites, in the Details panel</source>
        <translation>Все источники, на которые ссылается сеть, в панели «Подробности»</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>Режим &amp;презентации</translation>
    </message>
    <message>
        <source>Full screen for a room: projector colours, scenarios as slides (Esc leaves)</source>
        <translation>Полный экран для зала: цвета для проектора, сценарии как слайды (Esc — выход)</translation>
    </message>
    <message>
        <source>Present &amp;scenarios…</source>
        <translation>Сценарии для п&amp;оказа…</translation>
    </message>
    <message>
        <source>Choose and order the scenarios to present</source>
        <translation>Выбрать сценарии для показа и их порядок</translation>
    </message>
    <message>
        <source>&amp;Earlier year</source>
        <translation>Год &amp;раньше</translation>
    </message>
    <message>
        <source>See the network one year earlier (the As of slider)</source>
        <translation>Сеть на год раньше (ползунок «На год»)</translation>
    </message>
    <message>
        <source>&amp;Later year</source>
        <translation>Год по&amp;зже</translation>
    </message>
    <message>
        <source>One year later; past the last: today</source>
        <translation>На год позже; после последнего — сегодня</translation>
    </message>
    <message>
        <source>&amp;Compare scenarios…</source>
        <translation>&amp;Сравнить сценарии…</translation>
    </message>
    <message>
        <source>Two scenarios side by side, zoom and pan linked, with what differs</source>
        <translation>Два сценария рядом, с общим масштабом и прокруткой и с тем, что различается</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Вписать в окно</translation>
    </message>
    <message>
        <source>The whole network in view</source>
        <translation>Вся сеть в поле зрения</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
    <message>
        <source>&amp;About and data sources</source>
        <translation>&amp;О программе и источниках данных</translation>
    </message>
    <message>
        <source>Version, store, data and licences</source>
        <translation>Версия, хранилище, данные и лицензии</translation>
    </message>
    <message>
        <source>A scenario file has no history: only the store keeps every version (File › Import file into the store)</source>
        <translation>У файла сценария нет истории: все версии хранит только хранилище (Файл › Импортировать файл в хранилище)</translation>
    </message>
    <message>
        <source>A new scenario has no history until it is saved into the store</source>
        <translation>У нового сценария нет истории, пока он не сохранён в хранилище</translation>
    </message>
    <message>
        <source>The store is open read-only: nothing can be written to it</source>
        <translation>Хранилище открыто только для чтения: записать в него ничего нельзя</translation>
    </message>
    <message>
        <source>Needs the {role} role (you are signed in without one)</source>
        <translation>Нужна роль {role} (вы вошли без роли)</translation>
    </message>
    <message>
        <source>Needs the {role} role (you are {now})</source>
        <translation>Нужна роль {role} (ваша роль — {now})</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Открывается хранилище…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Не удалось открыть</translation>
    </message>
    <message>
        <source>Cannot open {path}</source>
        <translation>Не удалось открыть {path}</translation>
    </message>
    <message>
        <source>Cannot create a scenario</source>
        <translation>Не удалось создать сценарий</translation>
    </message>
    <message>
        <source>Cannot duplicate</source>
        <translation>Не удалось создать копию</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <source>Saved “{name}” to the store</source>
        <translation>Сценарий «{name}» сохранён в хранилище</translation>
    </message>
    <message>
        <source>Saved “{name}” to {file}</source>
        <translation>Сценарий «{name}» сохранён в {file}</translation>
    </message>
    <message>
        <source>Cannot save {path}</source>
        <translation>Не удалось сохранить {path}</translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation>Сохранить сценарий как</translation>
    </message>
    <message>
        <source>Open scenario file</source>
        <translation>Открыть файл сценария</translation>
    </message>
    <message>
        <source>Move “{name}” to the trash? It can be restored from Trash until the trash is emptied. Its unsaved changes will be lost.</source>
        <translation>Переместить «{name}» в корзину? Его можно восстановить из корзины, пока она не очищена. Несохранённые изменения будут потеряны.</translation>
    </message>
    <message>
        <source>Move “{name}” to the trash? It can be restored from Trash until the trash is emptied.</source>
        <translation>Переместить «{name}» в корзину? Его можно восстановить из корзины, пока она не очищена.</translation>
    </message>
    <message>
        <source>Close “{name}”? Its unsaved changes will be lost.</source>
        <translation>Закрыть «{name}»? Несохранённые изменения будут потеряны.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Не удалось удалить</translation>
    </message>
    <message>
        <source>Cannot read the store</source>
        <translation>Не удалось прочитать хранилище</translation>
    </message>
    <message>
        <source>Not connected. Still open: {store}</source>
        <translation>Не подключено. Открыто по-прежнему: {store}</translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation>Не удалось открыть хранилище</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Не удалось восстановить</translation>
    </message>
    <message>
        <source>Restored “{name}”</source>
        <translation>Сценарий «{name}» восстановлен</translation>
    </message>
    <message numerus="yes">
        <source>{list} and %n more</source>
        <translation>
            <numerusform>{list} и ещё %n</numerusform>
            <numerusform>{list} и ещё %n</numerusform>
            <numerusform>{list} и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {names} for good? This cannot be undone.</source>
        <translation>Удалить {names} навсегда? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Cannot empty the trash</source>
        <translation>Не удалось очистить корзину</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n scenario(s) for good</source>
        <translation>
            <numerusform>Навсегда удалён %n сценарий</numerusform>
            <numerusform>Навсегда удалены %n сценария</numerusform>
            <numerusform>Навсегда удалено %n сценариев</numerusform>
        </translation>
    </message>
    <message>
        <source>A scenario needs a name.</source>
        <translation>У сценария должно быть название.</translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation>Не удалось переименовать</translation>
    </message>
    <message>
        <source>the scenario&apos;s name</source>
        <translation>название сценария</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Переименовать сценарий</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Notes hold up to {limit} characters; this text has {length}. The notes are as they were.</source>
        <translation>Заметки вмещают до {limit} символов, а в этом тексте их {length}. Заметки остались прежними.</translation>
    </message>
    <message>
        <source>Save the changes to {names} before this store&apos;s scenarios close?</source>
        <translation>Сохранить изменения в {names} перед закрытием сценариев этого хранилища?</translation>
    </message>
    <message>
        <source>Save the changes to {names} before closing?</source>
        <translation>Сохранить изменения в {names} перед закрытием?</translation>
    </message>
    <message>
        <source>Comparing needs two scenarios: create or open another one first.</source>
        <translation>Для сравнения нужны два сценария: сначала создайте или откройте ещё один.</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Не удаётся сравнить</translation>
    </message>
    <message>
        <source>There is no scenario to present.</source>
        <translation>Нет сценария для показа.</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Недавние &amp;файлы</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Co&amp;verage</source>
        <translation>Покр&amp;ытие</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) switched · modified {when} · {network}</source>
        <translation>
            <numerusform>переключена %n связь · изменён {when} · {network}</numerusform>
            <numerusform>переключены %n связи · изменён {when} · {network}</numerusform>
            <numerusform>переключено %n связей · изменён {when} · {network}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (и ещё %n)</numerusform>
            <numerusform> (и ещё %n)</numerusform>
            <numerusform> (и ещё %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}{more}. It is left out of the list; the other scenarios open as usual.</source>
        <translation>{what}{more}. Он не включён в список; остальные сценарии открываются как обычно.</translation>
    </message>
    <message>
        <source>Deleted by another user</source>
        <translation>Удалён другим пользователем</translation>
    </message>
    <message>
        <source>{name} (not saved)</source>
        <translation>{name} (не сохранён)</translation>
    </message>
    <message>
        <source>Save puts it in the store</source>
        <translation>При сохранении он попадёт в хранилище</translation>
    </message>
    <message>
        <source> as of {year}</source>
        <translation> на {year} год</translation>
    </message>
    <message>
        <source>{state} — {risk}: {links}</source>
        <translation>{state} — {risk}: {links}</translation>
    </message>
    <message>
        <source>no covering link</source>
        <translation>нет покрывающих связей</translation>
    </message>
    <message>
        <source>; lost: {links}</source>
        <translation>; потеряны: {links}</translation>
    </message>
    <message numerus="yes">
        <source>Switch off all its links (%n) — what if it withdraws</source>
        <translation>
            <numerusform>Выключить все его связи (%n) — что, если он выйдет</numerusform>
            <numerusform>Выключить все его связи (%n) — что, если он выйдет</numerusform>
            <numerusform>Выключить все его связи (%n) — что, если он выйдет</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw {actor}</source>
        <translation>Выход {actor}</translation>
    </message>
    <message>
        <source>Show only this actor&apos;s links</source>
        <translation>Показать только связи этого участника</translation>
    </message>
    <message>
        <source>Show all links</source>
        <translation>Показать все связи</translation>
    </message>
    <message>
        <source>Show the coverage of {name}</source>
        <translation>Показать покрытие: {name}</translation>
    </message>
    <message>
        <source>Edit actor…</source>
        <translation>Изменить участника…</translation>
    </message>
    <message>
        <source>Add a link from {actor}…</source>
        <translation>Добавить связь от {actor}…</translation>
    </message>
    <message>
        <source>Delete actor…</source>
        <translation>Удалить участника…</translation>
    </message>
    <message>
        <source>Switch off {link}</source>
        <translation>Выключить {link}</translation>
    </message>
    <message>
        <source>Switch on {link}</source>
        <translation>Включить {link}</translation>
    </message>
    <message>
        <source>Show source</source>
        <translation>Показать источник</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Edit link…</source>
        <translation>Изменить связь…</translation>
    </message>
    <message>
        <source>Delete link…</source>
        <translation>Удалить связь…</translation>
    </message>
    <message>
        <source>What-if analysis of the security-cooperation network of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan and Azerbaijan.</source>
        <translation>Анализ сценариев «что, если» для сети сотрудничества в сфере безопасности Казахстана, Кыргызстана, Таджикистана, Туркменистана, Узбекистана и Азербайджана.</translation>
    </message>
    <message>
        <source>Network “{name}”: {actors} actors, {links} links ({unverified} marked unverified), {risks} risk categories, from {sources} sources, among them:</source>
        <translation>Сеть «{name}»: участников — {actors}, связей — {links} (из них непроверенных — {unverified}), категорий рисков — {risks}; источников — {sources}, среди них:</translation>
    </message>
    <message>
        <source>Every link&apos;s own sources are in its tooltip and the Details panel; Network › Data sources lists them all.</source>
        <translation>Источники каждой связи — в её подсказке и в панели «Подробности»; все вместе — в меню Сеть › Источники данных.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>О программе {app}</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Сценарии</translation>
    </message>
    <message>
        <source>Risk coverage</source>
        <translation>Покрытие рисков</translation>
    </message>
    <message>
        <source>Connectivity and cohesion</source>
        <translation>Связность и сплочённость</translation>
    </message>
    <message>
        <source> (reasoned)</source>
        <translation> (обосновано рассуждением)</translation>
    </message>
    <message>
        <source> (ungraded)</source>
        <translation> (без оценки)</translation>
    </message>
    <message>
        <source>⚠ Unverified:</source>
        <translation>⚠ Непроверенная:</translation>
    </message>
    <message>
        <source>the sources do not settle this link; treat what depends on it with care.</source>
        <translation>источники не подтверждают эту связь однозначно; выводы, зависящие от неё, требуют осторожности.</translation>
    </message>
    <message>
        <source>What if:</source>
        <translation>Что, если:</translation>
    </message>
    <message>
        <source>a hypothetical link, not a fact; it is off in the baseline.</source>
        <translation>гипотетическая связь, а не факт; в базовом сценарии она выключена.</translation>
    </message>
    <message>
        <source>Confidence: confirmed by its sources</source>
        <translation>Достоверность: подтверждена источниками</translation>
    </message>
    <message>
        <source>No source given.</source>
        <translation>Источник не указан.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>исключено</translation>
    </message>
    <message>
        <source>Membership: {membership}</source>
        <translation>Состав: {membership}</translation>
    </message>
    <message>
        <source>Mandate by risk</source>
        <translation>Мандат по рискам</translation>
    </message>
    <message>
        <source>(depth: 3 operational, 2 coordination, 1 declaratory)</source>
        <translation>(глубина: 3 оперативный, 2 координационный, 1 декларативный уровень)</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>{link} — {status}, on</source>
        <translation>{link} — {status}, включена</translation>
    </message>
    <message>
        <source>{link} — {status}, off</source>
        <translation>{link} — {status}, выключена</translation>
    </message>
    <message>
        <source>Status: {status}; on in this scenario</source>
        <translation>Статус: {status}; в этом сценарии включена</translation>
    </message>
    <message>
        <source>Status: {status}; off in this scenario</source>
        <translation>Статус: {status}; в этом сценарии выключена</translation>
    </message>
    <message>
        <source>Years: {since}–{until}</source>
        <translation>Годы: {since}–{until}</translation>
    </message>
    <message>
        <source>Mechanism: {membership}</source>
        <translation>Механизм: {membership}</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Покрывает</translation>
    </message>
    <message>
        <source>this link&apos;s own grade</source>
        <translation>собственная оценка связи</translation>
    </message>
    <message>
        <source>the body&apos;s mandate</source>
        <translation>мандат организации</translation>
    </message>
    <message>
        <source>; capped at 1: a {status} takes part in dialogue</source>
        <translation>; ограничено уровнем 1: статус «{status}» означает лишь участие в диалоге</translation>
    </message>
    <message>
        <source>Covers no risk.</source>
        <translation>Не покрывает ни одного риска.</translation>
    </message>
    <message>
        <source>Excluded for this link</source>
        <translation>Исключено для этой связи</translation>
    </message>
    <message>
        <source>{body} has no graded mandate.</source>
        <translation>У организации {body} нет оценённого мандата.</translation>
    </message>
    <message>
        <source>Data sources of “{name}”</source>
        <translation>Источники данных «{name}»</translation>
    </message>
    <message>
        <source>cited for {ids}</source>
        <translation>используется для: {ids}</translation>
    </message>
    <message>
        <source>⚠ Marked unverified ({n}):</source>
        <translation>⚠ Помечены как непроверенные ({n}):</translation>
    </message>
    <message>
        <source>Click a node or a link for its details.</source>
        <translation>Щёлкните узел или связь, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>Geographic layout</source>
        <translation>Географическое размещение</translation>
    </message>
    <message>
        <source>Radial layout</source>
        <translation>Радиальное размещение</translation>
    </message>
    <message>
        <source>Force-directed layout</source>
        <translation>Силовое размещение</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>Светлая тема</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Тёмная тема</translation>
    </message>
    <message>
        <source>Projector theme</source>
        <translation>Тема для проектора</translation>
    </message>
    <message>
        <source>Enable {link}</source>
        <translation>Включить {link}</translation>
    </message>
    <message>
        <source>Disable {link}</source>
        <translation>Выключить {link}</translation>
    </message>
    <message numerus="yes">
        <source>Switch links: enable {on}, disable %n</source>
        <translation>
            <numerusform>Переключить связи: включить {on}, выключить %n</numerusform>
            <numerusform>Переключить связи: включить {on}, выключить %n</numerusform>
            <numerusform>Переключить связи: включить {on}, выключить %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switch links: enable %n</source>
        <translation>
            <numerusform>Включить %n связь</numerusform>
            <numerusform>Включить %n связи</numerusform>
            <numerusform>Включить %n связей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switch links: disable %n</source>
        <translation>
            <numerusform>Выключить %n связь</numerusform>
            <numerusform>Выключить %n связи</numerusform>
            <numerusform>Выключить %n связей</numerusform>
        </translation>
    </message>
    <message>
        <source>Move {names}</source>
        <translation>Переместить {names}</translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Переместить %n узел</numerusform>
            <numerusform>Переместить %n узла</numerusform>
            <numerusform>Переместить %n узлов</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename to &apos;{name}&apos;</source>
        <translation>Переименовать в «{name}»</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Правка заметок</translation>
    </message>
    <message>
        <source>Cannot redo: {reason}</source>
        <translation>Не удалось повторить: {reason}</translation>
    </message>
    <message>
        <source>Cannot undo: {reason}</source>
        <translation>Не удалось отменить: {reason}</translation>
    </message>
    <message>
        <source>Redo “{step}”</source>
        <translation>Повторить «{step}»</translation>
    </message>
    <message>
        <source>Undo “{step}”</source>
        <translation>Отменить «{step}»</translation>
    </message>
    <message>
        <source>Coverage gained at operational depth</source>
        <translation>Покрытие получено на оперативном уровне</translation>
    </message>
    <message>
        <source>Coverage lost at operational depth</source>
        <translation>Покрытие потеряно на оперативном уровне</translation>
    </message>
    <message>
        <source>Coverage gained at declaratory depth or deeper</source>
        <translation>Покрытие получено на декларативном уровне или глубже</translation>
    </message>
    <message>
        <source>Coverage lost at declaratory depth or deeper</source>
        <translation>Покрытие потеряно на декларативном уровне или глубже</translation>
    </message>
    <message>
        <source>Coverage gained at coordination depth or deeper</source>
        <translation>Покрытие получено на координационном уровне или глубже</translation>
    </message>
    <message>
        <source>Coverage lost at coordination depth or deeper</source>
        <translation>Покрытие потеряно на координационном уровне или глубже</translation>
    </message>
    <message>
        <source>Compare scenarios — C6 Scenario Explorer</source>
        <translation>Сравнение сценариев — C6 Scenario Explorer</translation>
    </message>
    <message>
        <source>What differs (right against left)</source>
        <translation>Различия (правый относительно левого)</translation>
    </message>
    <message>
        <source>Left</source>
        <comment>side</comment>
        <translation>Левый</translation>
    </message>
    <message>
        <source>Right</source>
        <comment>side</comment>
        <translation>Правый</translation>
    </message>
    <message>
        <source>Left:</source>
        <comment>side</comment>
        <translation>Левый:</translation>
    </message>
    <message>
        <source>Right:</source>
        <comment>side</comment>
        <translation>Правый:</translation>
    </message>
    <message>
        <source>Left scenario</source>
        <translation>Левый сценарий</translation>
    </message>
    <message>
        <source>Right scenario</source>
        <translation>Правый сценарий</translation>
    </message>
    <message>
        <source>These two scenarios are over different networks (“{left}” and “{right}”): pick two over the same network to compare them.</source>
        <translation>Эти два сценария построены на разных сетях («{left}» и «{right}»): для сравнения выберите два сценария одной сети.</translation>
    </message>
    <message>
        <source>Evaluating {actors} actors in the background…</source>
        <translation>Расчёт для {actors} участников в фоне…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{left}&lt;/b&gt; against &lt;b&gt;{right}&lt;/b&gt;: %n link(s) differ.</source>
        <translation>
            <numerusform>&lt;b&gt;{left}&lt;/b&gt; в сравнении с &lt;b&gt;{right}&lt;/b&gt;: отличается %n связь.</numerusform>
            <numerusform>&lt;b&gt;{left}&lt;/b&gt; в сравнении с &lt;b&gt;{right}&lt;/b&gt;: отличаются %n связи.</numerusform>
            <numerusform>&lt;b&gt;{left}&lt;/b&gt; в сравнении с &lt;b&gt;{right}&lt;/b&gt;: отличаются %n связей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to highlight it in both pictures</source>
        <translation>Щёлкните, чтобы выделить её на обеих схемах</translation>
    </message>
    <message>
        <source>on</source>
        <comment>a link in a scenario</comment>
        <translation>вкл.</translation>
    </message>
    <message>
        <source>off</source>
        <comment>a link in a scenario</comment>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>Links switched</source>
        <translation>Переключённые связи</translation>
    </message>
    <message>
        <source>Figures that change</source>
        <translation>Изменившиеся показатели</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>неизвестное время</translation>
    </message>
    <message>
        <source>{time} on {date}</source>
        <translation>{time}, {date}</translation>
    </message>
    <message>
        <source>someone</source>
        <comment>who saved, when the store does not know</comment>
        <translation>кто-то</translation>
    </message>
    <message>
        <source>{app} — saved by someone else</source>
        <translation>{app} — сохранено другим пользователем</translation>
    </message>
    <message>
        <source>{step} was not done: {reason}</source>
        <translation>{step} не удалось: {reason}</translation>
    </message>
    <message>
        <source>Reload theirs to take the stored network and scenarios into every open scenario on it (network edits leave the undo history). Cancel leaves everything as it is; the step is no longer offered.</source>
        <translation>«Загрузить их версию» возьмёт сохранённую сеть и сценарии во все открытые сценарии на ней (правки сети уйдут из истории отмены). «Отмена» оставит всё как есть; этот шаг больше не будет предлагаться.</translation>
    </message>
    <message>
        <source>{who} edited the network “{name}” (version {version}) at {when}, after you opened it. Your edit was not made.</source>
        <translation>{who} изменил(а) сеть «{name}» (версия {version}) в {when}, после того как вы её открыли. Ваша правка не внесена.</translation>
    </message>
    <message>
        <source>Reload theirs to take their network into every open scenario on it (your network edits can then no longer be undone), then edit again.</source>
        <translation>«Загрузить их версию» возьмёт их сеть во все открытые сценарии на ней (ваши правки сети тогда нельзя будет отменить); затем внесите правку снова.</translation>
    </message>
    <message>
        <source>“{name}” was deleted for good (the trash was emptied) after you opened it. Nothing was saved.</source>
        <translation>«{name}» удалён окончательно (корзина очищена) после того, как вы его открыли. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Save mine as a copy keeps your version as a new scenario.</source>
        <translation>«Сохранить мою как копию» сохранит вашу версию как новый сценарий.</translation>
    </message>
    <message>
        <source>{who} moved “{name}” to the trash at {when}, after you opened it. Nothing was saved.</source>
        <translation>{who} переместил(а) «{name}» в корзину в {when}, после того как вы его открыли. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>{who} saved version {version} of “{name}” at {when}, after you opened it. Nothing was saved.</source>
        <translation>{who} сохранил(а) версию {version} сценария «{name}» в {when}, после того как вы его открыли. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Save mine as a copy keeps your version as a new scenario beside theirs; Reload theirs throws your unsaved changes away.</source>
        <translation>«Сохранить мою как копию» сохранит вашу версию как новый сценарий рядом с их версией; «Загрузить их версию» отбросит ваши несохранённые изменения.</translation>
    </message>
    <message>
        <source>Save mine as a copy</source>
        <translation>Сохранить мою как копию</translation>
    </message>
    <message>
        <source>Store your version as a new scenario; theirs stays as they saved it</source>
        <translation>Сохранить вашу версию как новый сценарий; их версия останется такой, как они её сохранили</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>Загрузить их версию</translation>
    </message>
    <message>
        <source>Reload theirs, drop my changes</source>
        <translation>Загрузить их версию, отбросить мои изменения</translation>
    </message>
    <message>
        <source>Take the stored version; your unsaved changes and undo steps are lost</source>
        <translation>Взять сохранённую версию; ваши несохранённые изменения и шаги отмены будут потеряны</translation>
    </message>
    <message>
        <source>Take the stored network; network edits leave the undo history</source>
        <translation>Взять сохранённую сеть; правки сети уйдут из истории отмены</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Saved your version as “{name}”; theirs is kept as they saved it</source>
        <translation>Ваша версия сохранена как «{name}»; их версия осталась такой, как они её сохранили</translation>
    </message>
    <message>
        <source>Not saved: your changes are still open, unsaved</source>
        <translation>Не сохранено: ваши изменения по-прежнему открыты и не сохранены</translation>
    </message>
    <message>
        <source>‘{name}’ reloaded</source>
        <translation>«{name}» перезагружен</translation>
    </message>
    <message>
        <source>‘{name}’ reloaded: saved by {who} at {when}</source>
        <translation>«{name}» перезагружен: сохранил(а) {who} в {when}</translation>
    </message>
    <message>
        <source>{step} was not done; nothing was changed</source>
        <translation>{step} не удалось; ничего не изменено</translation>
    </message>
    <message>
        <source>The edit was not done; nothing was changed</source>
        <translation>Правка не выполнена; ничего не изменено</translation>
    </message>
    <message>
        <source>Reloaded the network “{network}” as {who} left it</source>
        <translation>Сеть «{network}» перезагружена в том виде, в каком её оставил(а) {who}</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message numerus="yes">
        <source>Reloaded the network “{network}” as {who} left it; {names} (%n scenario(s)) deleted by another user: kept open, Save stores a copy</source>
        <translation>
            <numerusform>Сеть «{network}» перезагружена в том виде, в каком её оставил(а) {who}; {names} (%n сценарий) удалён другим пользователем: оставлен открытым, «Сохранить» сохранит копию</numerusform>
            <numerusform>Сеть «{network}» перезагружена в том виде, в каком её оставил(а) {who}; {names} (%n сценария) удалены другим пользователем: оставлены открытыми, «Сохранить» сохранит копии</numerusform>
            <numerusform>Сеть «{network}» перезагружена в том виде, в каком её оставил(а) {who}; {names} (%n сценариев) удалены другим пользователем: оставлены открытыми, «Сохранить» сохранит копии</numerusform>
        </translation>
    </message>
    <message>
        <source>C6 scenarios (*.c6s);;All files (*)</source>
        <translation>Сценарии C6 (*.c6s);;Все файлы (*)</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <source>0 excluded</source>
        <translation>0 исключено</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Глубина</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Reason (one line)</source>
        <translation>Обоснование (кратко)</translation>
    </message>
    <message>
        <source>Sources (separated by |)</source>
        <translation>Источники (через |)</translation>
    </message>
    <message>
        <source>as the body</source>
        <translation>по организации</translation>
    </message>
    <message>
        <source>as the body: {depth}</source>
        <translation>по организации: {depth}</translation>
    </message>
    <message>
        <source>Add an actor</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <source>Edit {id}</source>
        <translation>Изменить {id}</translation>
    </message>
    <message>
        <source>Short and fixed once made: link ids and scenarios use it</source>
        <translation>Короткий и неизменный после создания: его используют идентификаторы связей и сценарии</translation>
    </message>
    <message>
        <source>e.g. Shanghai Cooperation Organisation</source>
        <translation>например, Shanghai Cooperation Organisation</translation>
    </message>
    <message>
        <source>e.g. ШОС; empty: the English name is shown in Russian</source>
        <translation>например, ШОС; если пусто, на русском показывается английское название</translation>
    </message>
    <message>
        <source>One source per line: an address or a citation</source>
        <translation>По одному источнику в строке: адрес или ссылка</translation>
    </message>
    <message>
        <source>— (a state, or not classed)</source>
        <translation>— (государство или без класса)</translation>
    </message>
    <message>
        <source>The region&apos;s own: only C6 states take part; with outside powers; universal (UN, OSCE). The coverage lens and the self-reliance figure count by this.</source>
        <translation>Собственные механизмы региона: участвуют только государства C6; с участием внешних держав; универсальные (ООН, ОБСЕ). По этому признаку считаются ракурс покрытия и показатель опоры на собственные силы.</translation>
    </message>
    <message>
        <source>e.g. China, Russia (with outside powers)</source>
        <translation>например, China, Russia (с участием внешних держав)</translation>
    </message>
    <message>
        <source>What a link to this body covers: 3 operational (standing structure, binding commitment, joint capability or exercise), 2 coordination (regular meetings of the responsible agencies with agreed plans), 1 declaratory</source>
        <translation>Что покрывает связь с этой организацией: 3 — оперативный уровень (постоянная структура, обязывающие обязательства, совместный потенциал или учения), 2 — координационный (регулярные встречи профильных ведомств с согласованными планами), 1 — декларативный</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>&amp;Идентификатор</translation>
    </message>
    <message>
        <source>&amp;Name in English</source>
        <translation>&amp;Название на английском</translation>
    </message>
    <message>
        <source>Name in &amp;Russian</source>
        <translation>Название на &amp;русском</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>&amp;Seat</source>
        <translation>&amp;Местонахождение</translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation>&amp;Широта</translation>
    </message>
    <message>
        <source>L&amp;ongitude</source>
        <translation>&amp;Долгота</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <source>So&amp;urces</source>
        <translation>Исто&amp;чники</translation>
    </message>
    <message>
        <source>&amp;Membership</source>
        <translation>Ч&amp;ленство</translation>
    </message>
    <message>
        <source>Outside &amp;powers</source>
        <translation>&amp;Внешние державы</translation>
    </message>
    <message>
        <source>Man&amp;date by risk</source>
        <translation>Манд&amp;ат по рискам</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation>Новая связь</translation>
    </message>
    <message>
        <source>left empty: FROM:TO</source>
        <translation>если пусто: ОТКУДА:КУДА</translation>
    </message>
    <message>
        <source>A link covers what its body&apos;s mandate says, capped at 1 for an observer, partner or guest. Grade a risk here only where a source narrows it (0: excluded, as Turkmenistan&apos;s CIS association excludes military cooperation) or shows more.</source>
        <translation>Связь покрывает то, что предусматривает мандат её организации, но не выше 1 для наблюдателя, партнёра или гостя. Оценивайте риск здесь, только если источник сужает покрытие (0: исключено — так ассоциированное участие Туркменистана в СНГ исключает военное сотрудничество) или показывает большее.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Откуда</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Куда</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>S&amp;ince (year)</source>
        <translation>Год &amp;начала</translation>
    </message>
    <message>
        <source>&amp;Until (year)</source>
        <translation>Год окончани&amp;я</translation>
    </message>
    <message>
        <source>&amp;Grades of its own</source>
        <translation>Собственные оц&amp;енки</translation>
    </message>
    <message>
        <source>&amp;Confidence</source>
        <translation>&amp;Достоверность</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Примечание</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>none (no body)</source>
        <translation>нет (нет организации)</translation>
    </message>
    <message>
        <source>{depth} (the body&apos;s {body}, capped by the status)</source>
        <translation>{depth} (у организации {body}, ограничено статусом)</translation>
    </message>
    <message>
        <source>Add a risk</source>
        <translation>Новый риск</translation>
    </message>
    <message>
        <source>Edit the risk {key}</source>
        <translation>Изменить риск {key}</translation>
    </message>
    <message>
        <source>e.g. Терроризм; empty: the English label is shown</source>
        <translation>например, Терроризм; если пусто, показывается английское название</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Ключ</translation>
    </message>
    <message>
        <source>&amp;Label in English</source>
        <translation>&amp;Название на английском</translation>
    </message>
    <message>
        <source>Label in &amp;Russian</source>
        <translation>Название на &amp;русском</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>history column: when a version was saved</comment>
        <translation>Сохранена</translation>
    </message>
    <message>
        <source>By</source>
        <comment>history column: who saved a version</comment>
        <translation>Кем</translation>
    </message>
    <message>
        <source>What</source>
        <comment>history column: what a save did</comment>
        <translation>Что сделано</translation>
    </message>
    <message>
        <source>Changed</source>
        <comment>history column: the links a version switched</comment>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>{link} on</source>
        <translation>{link} вкл.</translation>
    </message>
    <message>
        <source>{link} off</source>
        <translation>{link} выкл.</translation>
    </message>
    <message numerus="yes">
        <source>{links} and %n more</source>
        <translation>
            <numerusform>{links} и ещё %n</numerusform>
            <numerusform>{links} и ещё %n</numerusform>
            <numerusform>{links} и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>notes edited</source>
        <comment>what a save did</comment>
        <translation>заметки изменены</translation>
    </message>
    <message>
        <source>History of “{name}”</source>
        <translation>История «{name}»</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” has %n version(s), newest first. Restoring one makes it the scenario again as a new version: nothing in this list is lost.</source>
        <translation>
            <numerusform>У сценария «{name}» %n версия, новые сверху. Восстановленная версия становится сценарием как новая версия: ничего из этого списка не теряется.</numerusform>
            <numerusform>У сценария «{name}» %n версии, новые сверху. Восстановленная версия становится сценарием как новая версия: ничего из этого списка не теряется.</numerusform>
            <numerusform>У сценария «{name}» %n версий, новые сверху. Восстановленная версия становится сценарием как новая версия: ничего из этого списка не теряется.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Восстановить эту версию</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>{links}; notes edited</source>
        <translation>{links}; заметки изменены</translation>
    </message>
    <message>
        <source>{links}
Notes edited</source>
        <translation>{links}
Заметки изменены</translation>
    </message>
    <message>
        <source>No link switched; notes edited</source>
        <translation>Связи не переключались; заметки изменены</translation>
    </message>
    <message>
        <source>{version} (open)</source>
        <translation>{version} (открыта)</translation>
    </message>
    <message numerus="yes">
        <source>Version {version}, named “{name}”, %n link(s) switched against the baseline; the version open in the window</source>
        <translation>
            <numerusform>Версия {version}, «{name}»: %n связь переключена относительно базового сценария; эта версия открыта в окне</numerusform>
            <numerusform>Версия {version}, «{name}»: %n связи переключены относительно базового сценария; эта версия открыта в окне</numerusform>
            <numerusform>Версия {version}, «{name}»: %n связей переключено относительно базового сценария; эта версия открыта в окне</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version {version}, named “{name}”, %n link(s) switched against the baseline</source>
        <translation>
            <numerusform>Версия {version}, «{name}»: %n связь переключена относительно базового сценария</numerusform>
            <numerusform>Версия {version}, «{name}»: %n связи переключены относительно базового сценария</numerusform>
            <numerusform>Версия {version}, «{name}»: %n связей переключено относительно базового сценария</numerusform>
        </translation>
    </message>
    <message>
        <source>No link switched against the version before</source>
        <translation>По сравнению с предыдущей версией связи не переключались</translation>
    </message>
    <message>
        <source>Choose a version to restore</source>
        <translation>Выберите версию для восстановления</translation>
    </message>
    <message>
        <source>This is the newest version: the scenario as it is stored now</source>
        <translation>Это последняя версия: сценарий в том виде, в каком он сейчас хранится</translation>
    </message>
    <message>
        <source>Make version {version} the scenario again, as version {new}</source>
        <translation>Снова сделать версию {version} сценарием, как версию {new}</translation>
    </message>
    <message>
        <source>Restoring version {version} replaces your unsaved changes to “{name}”.</source>
        <translation>Восстановление версии {version} заменит ваши несохранённые изменения в «{name}».</translation>
    </message>
    <message>
        <source>Save first to keep them as a version of their own; restoring would lose them.</source>
        <translation>Сначала сохраните их, чтобы они остались отдельной версией; при восстановлении они будут потеряны.</translation>
    </message>
    <message>
        <source>Restore</source>
        <comment>restore a version</comment>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Cannot read the history</source>
        <translation>Не удалось прочитать историю</translation>
    </message>
    <message>
        <source>Restored version {version} of “{name}” as version {new}</source>
        <translation>Версия {version} сценария «{name}» восстановлена как версия {new}</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавляется</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменяется</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>ОТКЛОНЕНО</translation>
    </message>
    <message>
        <source>Import actors from {name}</source>
        <translation>Импорт участников из {name}</translation>
    </message>
    <message>
        <source>Import links from {name}</source>
        <translation>Импорт связей из {name}</translation>
    </message>
    <message>
        <source>Nothing will be written until every row is right: fix the refused rows in the file and import it again.</source>
        <translation>Ничего не будет записано, пока все строки не будут верны: исправьте отклонённые строки в файле и повторите импорт.</translation>
    </message>
    <message>
        <source>Import writes all of these to the store at once (one undoable step).</source>
        <translation>Импорт запишет всё это в хранилище сразу (одно отменяемое действие).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{add}&lt;/b&gt; to add, &lt;b&gt;{change}&lt;/b&gt; to change, {same} unchanged, &lt;b&gt;{refused}&lt;/b&gt; refused.</source>
        <translation>Добавить: &lt;b&gt;{add}&lt;/b&gt;, изменить: &lt;b&gt;{change}&lt;/b&gt;, без изменений: {same}, отклонено: &lt;b&gt;{refused}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Does</source>
        <comment>what an imported row does</comment>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Why refused</source>
        <translation>Причина отклонения</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>button: write the rows</comment>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>not known</source>
        <comment>years of a link</comment>
        <translation>неизвестны</translation>
    </message>
    <message>
        <source>none given</source>
        <comment>a link&apos;s source</comment>
        <translation>не указан</translation>
    </message>
    <message>
        <source>{status} (unverified)</source>
        <translation>{status} (связь не проверена)</translation>
    </message>
    <message>
        <source>{status} (hypothetical: a what-if)</source>
        <translation>{status} (гипотетическая связь: «что, если»)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{link}&lt;/b&gt; — on in this scenario</source>
        <translation>&lt;b&gt;{link}&lt;/b&gt; — включена в этом сценарии</translation>
    </message>
    <message>
        <source>&lt;b&gt;{link}&lt;/b&gt; — off in this scenario</source>
        <translation>&lt;b&gt;{link}&lt;/b&gt; — выключена в этом сценарии</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <source>Years: {years}</source>
        <translation>Годы: {years}</translation>
    </message>
    <message>
        <source>Covers (depth 1-3): {risks}</source>
        <translation>Покрывает (глубина 1–3): {risks}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
    <message>
        <source>Click to switch it off</source>
        <translation>Щёлкните, чтобы выключить её</translation>
    </message>
    <message>
        <source>Click to switch it on</source>
        <translation>Щёлкните, чтобы включить её</translation>
    </message>
    <message>
        <source>Seat: {seat}</source>
        <translation>Штаб-квартира: {seat}</translation>
    </message>
    <message>
        <source>Network canvas</source>
        <translation>Схема сети</translation>
    </message>
    <message>
        <source>Click a link to switch it on or off. Drag a node to move it, drag the background to pan, use the wheel to zoom.</source>
        <translation>Щёлкните связь, чтобы включить или выключить её. Перетащите узел, чтобы переместить его, перетащите фон, чтобы сдвинуть вид, колесо мыши меняет масштаб.</translation>
    </message>
    <message>
        <source>Member</source>
        <comment>legend: solid links</comment>
        <translation>Член</translation>
    </message>
    <message>
        <source>Observer, partner, guest</source>
        <translation>Наблюдатель, партнёр, гость</translation>
    </message>
    <message>
        <source>Candidate, suspended, withdrawn</source>
        <translation>Кандидат, приостановлено, выход</translation>
    </message>
    <message>
        <source>Switched off</source>
        <comment>legend: links off</comment>
        <translation>Выключена</translation>
    </message>
    <message>
        <source>Highlighted</source>
        <comment>legend: links</comment>
        <translation>Выделена</translation>
    </message>
    <message>
        <source>Open a scenario first.</source>
        <translation>Сначала откройте сценарий.</translation>
    </message>
    <message>
        <source>{label}: saved to the store</source>
        <translation>{label}: сохранено в хранилище</translation>
    </message>
    <message numerus="yes">
        <source>{label}: saved to the store; %n scenario(s) lost a switch of it (a line in the notes)</source>
        <translation>
            <numerusform>{label}: сохранено в хранилище; %n сценарий потерял переключение (строка в заметках)</numerusform>
            <numerusform>{label}: сохранено в хранилище; %n сценария потеряли переключение (строка в заметках)</numerusform>
            <numerusform>{label}: сохранено в хранилище; %n сценариев потеряли переключение (строка в заметках)</numerusform>
        </translation>
    </message>
    <message>
        <source>The network was reloaded while this dialog was open: close it and edit again.</source>
        <translation>Сеть была перезагружена, пока это окно было открыто: закройте его и измените снова.</translation>
    </message>
    <message>
        <source>Add actor</source>
        <translation>Добавление участника</translation>
    </message>
    <message>
        <source>Edit an actor</source>
        <translation>Изменить участника</translation>
    </message>
    <message>
        <source>Delete an actor</source>
        <translation>Удалить участника</translation>
    </message>
    <message numerus="yes">
        <source>Delete {id} ({name}) from the network with its %n link(s)? Scenarios that switch them lose those switches (their notes say so).</source>
        <translation>
            <numerusform>Удалить {id} ({name}) из сети вместе с %n связью? Сценарии, которые её переключают, потеряют эти переключения (об этом будет запись в их заметках).</numerusform>
            <numerusform>Удалить {id} ({name}) из сети вместе с %n связями? Сценарии, которые их переключают, потеряют эти переключения (об этом будет запись в их заметках).</numerusform>
            <numerusform>Удалить {id} ({name}) из сети вместе с %n связями? Сценарии, которые их переключают, потеряют эти переключения (об этом будет запись в их заметках).</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {id} ({name}) from the network?</source>
        <translation>Удалить {id} ({name}) из сети?</translation>
    </message>
    <message>
        <source>Delete {id}</source>
        <translation>Удаление {id}</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Добавление связи</translation>
    </message>
    <message>
        <source>Edit a link</source>
        <translation>Изменить связь</translation>
    </message>
    <message>
        <source>Delete a link</source>
        <translation>Удалить связь</translation>
    </message>
    <message>
        <source>Delete the link {id} from the network? Scenarios that switch it lose that switch (their notes say so).</source>
        <translation>Удалить связь {id} из сети? Сценарии, которые её переключают, потеряют это переключение (об этом будет запись в их заметках).</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>Добавление риска</translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation>Участник:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Связь:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Риск:</translation>
    </message>
    <message>
        <source>Edit a risk</source>
        <translation>Изменить риск</translation>
    </message>
    <message>
        <source>Edit risk {key}</source>
        <translation>Изменение риска {key}</translation>
    </message>
    <message>
        <source>Delete a risk</source>
        <translation>Удалить риск</translation>
    </message>
    <message>
        <source>Delete the risk “{key}” from the taxonomy?</source>
        <translation>Удалить риск «{key}» из классификации?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the risk “{key}” from the taxonomy? %n mandate(s) and link(s) grade it and will no longer: {shown}.</source>
        <translation>
            <numerusform>Удалить риск «{key}» из классификации? Его оценивает %n мандат или связь, оценка будет удалена: {shown}.</numerusform>
            <numerusform>Удалить риск «{key}» из классификации? Его оценивают %n мандата и связи, их оценки будут удалены: {shown}.</numerusform>
            <numerusform>Удалить риск «{key}» из классификации? Его оценивают %n мандатов и связей, их оценки будут удалены: {shown}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete risk {key}</source>
        <translation>Удаление риска {key}</translation>
    </message>
    <message>
        <source>width {width} is out of range (200 to 20000 pixels)</source>
        <translation>ширина {width} вне допустимого диапазона (от 200 до 20000 пикселей)</translation>
    </message>
    <message>
        <source>cannot draw the network to &apos;{name}&apos;: use {formats}</source>
        <translation>не удаётся нарисовать сеть в «{name}»: используйте {formats}</translation>
    </message>
    <message>
        <source>cannot draw the picture for {name}</source>
        <translation>не удаётся нарисовать изображение для {name}</translation>
    </message>
    <message>
        <source>cannot finish the picture for {name}</source>
        <translation>не удаётся завершить изображение для {name}</translation>
    </message>
    <message>
        <source>the picture for {name} came out empty; nothing was written</source>
        <translation>изображение для {name} получилось пустым; ничего не записано</translation>
    </message>
    <message>
        <source>cannot encode the picture as PNG</source>
        <translation>не удаётся закодировать изображение в PNG</translation>
    </message>
    <message numerus="yes">
        <source>{network} · %n link(s) switched from the baseline</source>
        <translation>
            <numerusform>{network} · %n связь переключена относительно базового сценария</numerusform>
            <numerusform>{network} · %n связи переключены относительно базового сценария</numerusform>
            <numerusform>{network} · %n связей переключено относительно базового сценария</numerusform>
        </translation>
    </message>
    <message>
        <source>({number} of {count})</source>
        <translation>({number} из {count})</translation>
    </message>
    <message>
        <source>Present scenarios</source>
        <translation>Презентация сценариев</translation>
    </message>
    <message>
        <source>Tick the scenarios to show; drag them into the order to show them</source>
        <translation>Отметьте сценарии для показа; перетащите их в нужном порядке</translation>
    </message>
    <message>
        <source>Present</source>
        <comment>button: start the presentation</comment>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Scenarios to present, in order:</source>
        <translation>Сценарии для показа, по порядку:</translation>
    </message>
    <message>
        <source>Switch a link: type its id or an actor&apos;s name, then Enter</source>
        <translation>Переключить связь: введите её id или название участника и нажмите Enter</translation>
    </message>
    <message>
        <source>Presenter notes — C6 Scenario Explorer</source>
        <translation>Заметки докладчика — C6 Scenario Explorer</translation>
    </message>
    <message>
        <source>the end</source>
        <comment>after the last slide</comment>
        <translation>конец</translation>
    </message>
    <message>
        <source>switches {first}-{last} of {count}, Tab more</source>
        <translation>переключения {first}–{last} из {count}, Tab — ещё</translation>
    </message>
    <message>
        <source>Ctrl+K find a link</source>
        <translation>Ctrl+K найти связь</translation>
    </message>
    <message>
        <source>[ ] year</source>
        <translation>[ ] год</translation>
    </message>
    <message>
        <source>Esc leave</source>
        <translation>Esc выход</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Расчёт…</translation>
    </message>
    <message>
        <source>{scenario} — as of {year}</source>
        <translation>{scenario} — на {year} год</translation>
    </message>
    <message>
        <source>C6 stores (*.sqlite *.db);;All files (*)</source>
        <translation>Хранилища C6 (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The password is not part of what is remembered. Put it where PostgreSQL&apos;s own tools look: &lt;b&gt;~/.pgpass&lt;/b&gt; (or the file &lt;b&gt;$PGPASSFILE&lt;/b&gt; names), a service in &lt;b&gt;~/.pg_service.conf&lt;/b&gt; (then the URL is &lt;code&gt;postgresql+psycopg:///?service=team&lt;/code&gt;), or &lt;b&gt;$PGPASSWORD&lt;/b&gt;. A password typed into the URL is used for this connection only and never written to the settings.</source>
        <translation>Пароль не запоминается. Укажите его там, где его ищут инструменты PostgreSQL: в &lt;b&gt;~/.pgpass&lt;/b&gt; (или в файле, указанном в &lt;b&gt;$PGPASSFILE&lt;/b&gt;), в службе в &lt;b&gt;~/.pg_service.conf&lt;/b&gt; (тогда URL — &lt;code&gt;postgresql+psycopg:///?service=team&lt;/code&gt;) или в &lt;b&gt;$PGPASSWORD&lt;/b&gt;. Пароль, введённый в URL, используется только для этого подключения и никогда не записывается в настройки.</translation>
    </message>
    <message>
        <source>Connect to a team store</source>
        <translation>Подключение к общему хранилищу</translation>
    </message>
    <message>
        <source>A PostgreSQL server: &lt;code&gt;{example}&lt;/code&gt;. A store file&apos;s path works too.</source>
        <translation>Сервер PostgreSQL: &lt;code&gt;{example}&lt;/code&gt;. Подойдёт и путь к файлу хранилища.</translation>
    </message>
    <message>
        <source>Store &amp;URL:</source>
        <translation>&amp;URL хранилища:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Подключить</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Не подключено: {reason}</translation>
    </message>
    <message>
        <source>Open local store</source>
        <translation>Открыть локальное хранилище</translation>
    </message>
    <message>
        <source>Recent s&amp;tores</source>
        <translation>Недавние &amp;хранилища</translation>
    </message>
    <message>
        <source>This computer&apos;s own store</source>
        <translation>Собственное хранилище этого компьютера</translation>
    </message>
    <message>
        <source>Only the region&apos;s own mechanisms are on already.</source>
        <translation>Уже включены только собственные механизмы региона.</translation>
    </message>
    <message>
        <source>Only the region&apos;s own mechanisms</source>
        <translation>Только собственные механизмы региона</translation>
    </message>
    <message numerus="yes">
        <source>%n bodies have no membership class and were switched off with those with outside powers: give them one with Network › Edit actor.</source>
        <translation>
            <numerusform>%n организация без класса членства выключена вместе с организациями с участием внешних держав: задайте класс в меню Сеть › Изменить участника.</numerusform>
            <numerusform>%n организации без класса членства выключены вместе с организациями с участием внешних держав: задайте класс в меню Сеть › Изменить участника.</numerusform>
            <numerusform>%n организаций без класса членства выключены вместе с организациями с участием внешних держав: задайте класс в меню Сеть › Изменить участника.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot switch</source>
        <translation>Не удалось переключить</translation>
    </message>
    <message>
        <source>The store&apos;s scenarios; * marks unsaved changes</source>
        <translation>Сценарии хранилища; * — несохранённые изменения</translation>
    </message>
    <message>
        <source>New</source>
        <comment>scenario</comment>
        <translation>Создать</translation>
    </message>
    <message>
        <source>A new scenario from the baseline (Ctrl+N)</source>
        <translation>Новый сценарий на основе базового (Ctrl+N)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>A copy of the current scenario</source>
        <translation>Копия текущего сценария</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Rename the current scenario (F2)</source>
        <translation>Переименовать текущий сценарий (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move the current scenario to the trash</source>
        <translation>Переместить текущий сценарий в корзину</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Reset to baseline</source>
        <translation>Возврат к базовому сценарию</translation>
    </message>
    <message>
        <source>Switch every link back to its baseline state (undoable)</source>
        <translation>Вернуть все связи в состояние базового сценария (можно отменить)</translation>
    </message>
    <message>
        <source>Notes on this scenario: the question, assumptions, sources</source>
        <translation>Заметки к сценарию: вопрос, допущения, источники</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Restore a deleted scenario, or empty the trash</source>
        <translation>Восстановить удалённый сценарий или очистить корзину</translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation>Корзина пуста</translation>
    </message>
    <message>
        <source>Restore “{name}”</source>
        <translation>Восстановить «{name}»</translation>
    </message>
    <message>
        <source>Empty the trash ({n})…</source>
        <translation>Очистить корзину ({n})…</translation>
    </message>
    <message>
        <source>Evaluating… {percent}%</source>
        <translation>Расчёт… {percent}%</translation>
    </message>
    <message>
        <source>moved to the trash by {who}</source>
        <translation>{who} переместил(а) в корзину</translation>
    </message>
    <message>
        <source>network changed by {who}</source>
        <translation>{who} изменил(а) сеть</translation>
    </message>
    <message>
        <source>renamed by {who}</source>
        <translation>{who} переименовал(а)</translation>
    </message>
    <message>
        <source>version {number} restored by {who}</source>
        <translation>{who} восстановил(а) версию {number}</translation>
    </message>
    <message>
        <source>notes edited by {who}</source>
        <translation>{who} изменил(а) заметки</translation>
    </message>
    <message>
        <source>changed by {who}</source>
        <translation>{who} изменил(а)</translation>
    </message>
    <message>
        <source>Changed by another user</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <source>Store your version as a new scenario; theirs stays as it is</source>
        <translation>Сохранить вашу версию как новый сценарий; их версия останется как есть</translation>
    </message>
    <message>
        <source>Take the stored version; your unsaved changes and their undo steps are lost</source>
        <translation>Взять сохранённую версию; ваши несохранённые изменения и их шаги отмены будут потеряны</translation>
    </message>
    <message>
        <source>Team store not answering: {where}</source>
        <translation>Общее хранилище не отвечает: {where}</translation>
    </message>
    <message>
        <source>Team store unreachable: {reason}</source>
        <translation>Общее хранилище недоступно: {reason}</translation>
    </message>
    <message>
        <source>Team store reachable again</source>
        <translation>Общее хранилище снова доступно</translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation>Не удалось перезагрузить</translation>
    </message>
    <message>
        <source>{who} moved ‘{name}’ to the trash at {at}.</source>
        <translation>{who} переместил(а) «{name}» в корзину в {at}.</translation>
    </message>
    <message>
        <source>{who} saved version {version} of the network ‘{network}’ at {at}.</source>
        <translation>{who} сохранил(а) версию {version} сети «{network}» в {at}.</translation>
    </message>
    <message>
        <source>{who} renamed ‘{old}’ to ‘{new}’ at {at}.</source>
        <translation>{who} переименовал(а) «{old}» в «{new}» в {at}.</translation>
    </message>
    <message>
        <source>{who} restored version {number} of ‘{name}’ as version {version} at {at}.</source>
        <translation>{who} восстановил(а) версию {number} сценария «{name}» как версию {version} в {at}.</translation>
    </message>
    <message>
        <source>{who} edited the notes of ‘{name}’ (version {version}) at {at}.</source>
        <translation>{who} изменил(а) заметки «{name}» (версия {version}) в {at}.</translation>
    </message>
    <message>
        <source>{who} saved version {version} of ‘{name}’ at {at}.</source>
        <translation>{who} сохранил(а) версию {version} сценария «{name}» в {at}.</translation>
    </message>
    <message>
        <source>Your unsaved changes are kept.</source>
        <translation>Ваши несохранённые изменения не потеряны.</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Не удалось сохранить копию</translation>
    </message>
    <message>
        <source>Saved your version as “{name}”</source>
        <translation>Ваша версия сохранена как «{name}»</translation>
    </message>
    <message>
        <source>Cannot write {name}</source>
        <translation>Не удалось записать {name}</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the network picture</source>
        <translation>Экспорт изображения сети</translation>
    </message>
    <message>
        <source>Width of the picture in pixels:</source>
        <translation>Ширина изображения в пикселях:</translation>
    </message>
    <message>
        <source>The evaluation is still running: export the coverage when it is done.</source>
        <translation>Расчёт ещё идёт: экспортируйте покрытие, когда он завершится.</translation>
    </message>
    <message>
        <source>GraphML (*.graphml);;GEXF for Gephi (*.gexf)</source>
        <translation>GraphML (*.graphml);;GEXF для Gephi (*.gexf)</translation>
    </message>
    <message>
        <source>Export the network</source>
        <translation>Экспорт сети</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Импорт {name}</translation>
    </message>
    <message>
        <source>Import actors or links</source>
        <translation>Импорт участников или связей</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export the links table</source>
        <translation>Экспорт таблицы связей</translation>
    </message>
    <message>
        <source>Export the coverage matrix</source>
        <translation>Экспорт матрицы покрытия</translation>
    </message>
    <message>
        <source>Export the actors</source>
        <translation>Экспорт участников</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write {name}: {problem}</source>
        <translation>Не удалось записать {name}: {problem}</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Запись {name}…</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Веб-страница (*.html)</translation>
    </message>
    <message>
        <source>Write a briefing report</source>
        <translation>Создание аналитической справки</translation>
    </message>
    <message>
        <source>Cannot import {path}</source>
        <translation>Не удалось импортировать {path}</translation>
    </message>
    <message>
        <source>Imported “{name}” into the store</source>
        <translation>Сценарий «{name}» импортирован в хранилище</translation>
    </message>
    <message>
        <source>Import scenario file</source>
        <translation>Импорт файла сценария</translation>
    </message>
    <message>
        <source>Cannot export to {path}</source>
        <translation>Не удалось экспортировать в {path}</translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}</source>
        <translation>Сценарий «{name}» экспортирован в {path}</translation>
    </message>
    <message>
        <source>Export scenario</source>
        <translation>Экспорт сценария</translation>
    </message>
    <message>
        <source>As of year</source>
        <translation>Год, на который показана сеть</translation>
    </message>
    <message>
        <source>See the network as it stood in a year: links by their start and end years, bodies from their first dated link. Far right: today.</source>
        <translation>Сеть в том виде, в каком она была в выбранном году: связи — по годам начала и окончания, организации — с первой датированной связи. Крайнее правое положение — сегодня.</translation>
    </message>
    <message>
        <source>As of</source>
        <comment>the year bar: the network as of a year</comment>
        <translation>На</translation>
    </message>
    <message>
        <source>today</source>
        <comment>the year bar&apos;s far right</comment>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>any depth</source>
        <comment>coverage threshold</comment>
        <translation>любой</translation>
    </message>
    <message>
        <source>≥ coordination</source>
        <comment>coverage threshold</comment>
        <translation>≥ координац.</translation>
    </message>
    <message>
        <source>operational</source>
        <comment>coverage threshold</comment>
        <translation>оперативный</translation>
    </message>
    <message>
        <source>Count links at declaratory depth or deeper</source>
        <translation>Учитывать связи декларативного уровня и глубже</translation>
    </message>
    <message>
        <source>Count links at coordination depth or deeper</source>
        <translation>Учитывать связи координационного уровня и глубже</translation>
    </message>
    <message>
        <source>Count links at operational depth or deeper</source>
        <translation>Учитывать связи только оперативного уровня</translation>
    </message>
    <message>
        <source>all mechanisms</source>
        <comment>coverage lens</comment>
        <translation>все</translation>
    </message>
    <message>
        <source>the region&apos;s own</source>
        <comment>coverage lens</comment>
        <translation>собственные</translation>
    </message>
    <message>
        <source>with outside powers</source>
        <comment>coverage lens</comment>
        <translation>с внешними</translation>
    </message>
    <message>
        <source>Count all mechanisms</source>
        <translation>Учитывать все механизмы</translation>
    </message>
    <message>
        <source>Count only the region&apos;s own mechanisms</source>
        <translation>Учитывать только собственные механизмы региона</translation>
    </message>
    <message>
        <source>Count only mechanisms with outside powers</source>
        <translation>Учитывать только механизмы с участием внешних держав</translation>
    </message>
    <message>
        <source>a gap</source>
        <translation>пробел</translation>
    </message>
    <message>
        <source>a single point of failure</source>
        <translation>единственная точка отказа</translation>
    </message>
    <message>
        <source>redundant</source>
        <translation>с резервом</translation>
    </message>
    <message>
        <source>, {lens} only</source>
        <translation>, только {lens}</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) {at}{lens}: {kind}</source>
        <translation>
            <numerusform>%n связь {at}{lens}: {kind}</numerusform>
            <numerusform>%n связи {at}{lens}: {kind}</numerusform>
            <numerusform>%n связей {at}{lens}: {kind}</numerusform>
        </translation>
    </message>
    <message>
        <source>Below the threshold ({n}):</source>
        <translation>Ниже порога ({n}):</translation>
    </message>
    <message>
        <source>Baseline: {n}</source>
        <translation>В базовом сценарии: {n}</translation>
    </message>
    <message>
        <source>Lost: {ids}</source>
        <translation>Утрачены: {ids}</translation>
    </message>
    <message>
        <source>Gained: {ids}</source>
        <translation>Добавлены: {ids}</translation>
    </message>
    <message>
        <source>Click to highlight these links on the canvas</source>
        <translation>Щёлкните, чтобы выделить эти связи на схеме</translation>
    </message>
    <message>
        <source>capped: an {status} takes part in dialogue</source>
        <translation>ограничено: статус «{status}» означает лишь участие в диалоге</translation>
    </message>
    <message>
        <source>capped: a {status} takes part in dialogue</source>
        <translation>ограничено: статус «{status}» означает лишь участие в диалоге</translation>
    </message>
    <message>
        <source>Terrorism</source>
        <translation>Терроризм</translation>
    </message>
    <message>
        <source>Extremism</source>
        <translation>Экстремизм</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Наркотики</translation>
    </message>
    <message>
        <source>Cyber</source>
        <translation>Киберриски</translation>
    </message>
    <message>
        <source>Climate</source>
        <translation>Климат</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>ЧС</translation>
    </message>
    <message>
        <source>Water energy</source>
        <translation>Вода и энергия</translation>
    </message>
    <message>
        <source>Border</source>
        <translation>Границы</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Оборона</translation>
    </message>
    <message>
        <source>Economic</source>
        <translation>Экономика</translation>
    </message>
    <message>
        <source>Links at</source>
        <translation>Порог:</translation>
    </message>
    <message>
        <source>in</source>
        <comment>coverage: links at a depth in a lens</comment>
        <translation>Ракурс:</translation>
    </message>
    <message>
        <source>Count a link when it covers the risk at this depth or deeper: operational (a standing structure, binding commitment or joint capability), coordination (regular meetings of the agencies with agreed plans), declaratory (declarations)</source>
        <translation>Учитывать связь, если она покрывает риск на этом уровне или глубже: оперативный (постоянная структура, обязывающее обязательство или совместный потенциал), координационный (регулярные встречи ведомств с согласованными планами), декларативный (декларации)</translation>
    </message>
    <message>
        <source>Count every mechanism, only the region&apos;s own (only C6 states take part), or only those with outside powers (universal ones such as the UN and OSCE included)</source>
        <translation>Учитывать все механизмы, только собственные механизмы региона (участвуют лишь государства C6) или только механизмы с участием внешних держав (включая универсальные, такие как ООН и ОБСЕ)</translation>
    </message>
    <message>
        <source>Own only</source>
        <translation>Только свои</translation>
    </message>
    <message>
        <source>What if only the region&apos;s own mechanisms were left? Switches off every link to a body with outside powers (one undoable step; Ctrl+Shift+O)</source>
        <translation>Что, если останутся только собственные механизмы региона? Выключает все связи с организациями с участием внешних держав (одно отменяемое действие; Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>gap</source>
        <comment>coverage legend</comment>
        <translation>пробел</translation>
    </message>
    <message>
        <source>single point</source>
        <comment>coverage legend</comment>
        <translation>точка отказа</translation>
    </message>
    <message>
        <source>redundant</source>
        <comment>coverage legend</comment>
        <translation>резерв</translation>
    </message>
    <message>
        <source>●/●●/●●● deepest: declaratory/coordination/operational · framed: changed</source>
        <translation>●/●●/●●● глубина: декл./коорд./опер. · в рамке: изменено</translation>
    </message>
    <message>
        <source>The number: links covering the risk at the threshold. Dots in the corner: the deepest cover the state has on it, at any threshold: ● declaratory, ●● coordination, ●●● operational. A framed cell differs from the baseline.</source>
        <translation>Число — связи, покрывающие риск на пороговом уровне. Точки в углу — наибольшая глубина покрытия этого риска у государства при любом пороге: ● декларативный, ●● координационный, ●●● оперативный. Ячейка в рамке отличается от базового сценария.</translation>
    </message>
    <message>
        <source>{gaps} · {points} · baseline {base_gaps} and {base_points}</source>
        <translation>{gaps} · {points} · в базовом: {base_gaps} и {base_points}</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n пробел</numerusform>
            <numerusform>%n пробела</numerusform>
            <numerusform>%n пробелов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n single point(s) of failure</source>
        <translation>
            <numerusform>%n единственная точка отказа</numerusform>
            <numerusform>%n единственные точки отказа</numerusform>
            <numerusform>%n единственных точек отказа</numerusform>
        </translation>
    </message>
    <message>
        <source>{own} of {covered}</source>
        <translation>{own} из {covered}</translation>
    </message>
    <message>
        <source>Own mechanisms cover {part} covered cells ({share})</source>
        <translation>Собственные механизмы: {part} покрытых ячеек ({share})</translation>
    </message>
    <message>
        <source>Own mechanisms cover {part} covered cells</source>
        <translation>Собственные механизмы: {part} покрытых ячеек</translation>
    </message>
    <message numerus="yes">
        <source>%n bodies not classed</source>
        <translation>
            <numerusform>%n организация без класса</numerusform>
            <numerusform>%n организации без класса</numerusform>
            <numerusform>%n организаций без класса</numerusform>
        </translation>
    </message>
    <message>
        <source>{line}: state-risk cells covered at the threshold by mechanisms in which only C6 states take part, out of the cells any mechanism covers</source>
        <translation>{line}: ячейки «государство — риск», покрытые на пороговом уровне механизмами, в которых участвуют только государства C6, из всех ячеек, покрытых каким-либо механизмом</translation>
    </message>
    <message numerus="yes">
        <source>%n bodies have no membership class (a store or file of an older version): they count as mechanisms with outside powers until Network › Edit actor gives them one</source>
        <translation>
            <numerusform>У %n организации нет класса членства (хранилище или файл старой версии): она считается механизмом с участием внешних держав, пока класс не задан в меню Сеть › Изменить участника</numerusform>
            <numerusform>У %n организаций нет класса членства (хранилище или файл старой версии): они считаются механизмами с участием внешних держав, пока класс не задан в меню Сеть › Изменить участника</numerusform>
            <numerusform>У %n организаций нет класса членства (хранилище или файл старой версии): они считаются механизмами с участием внешних держав, пока класс не задан в меню Сеть › Изменить участника</numerusform>
        </translation>
    </message>
    <message>
        <source>On</source>
        <comment>links table: the link is switched on</comment>
        <translation>Вкл.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>To</source>
        <translation>К</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Covers (depth)</source>
        <translation>Риски (глубина)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <source>Find a link: id or actor name (Ctrl+F)</source>
        <translation>Найти связь: id или название участника (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only links of this actor</source>
        <translation>Только связи этого участника</translation>
    </message>
    <message>
        <source>Only links of this status</source>
        <translation>Только связи с этим статусом</translation>
    </message>
    <message>
        <source>Only links covering this risk</source>
        <translation>Только связи, покрывающие этот риск</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Все участники</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All risks</source>
        <translation>Все риски</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Что меняется</translation>
    </message>
    <message>
        <source>Ranking links… %p%</source>
        <translation>Ранжирование связей… %p%</translation>
    </message>
    <message>
        <source>Figure</source>
        <comment>metrics column</comment>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Baseline</source>
        <comment>metrics column</comment>
        <translation>Базовый</translation>
    </message>
    <message>
        <source>Scenario</source>
        <comment>metrics column</comment>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>metrics column</comment>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Cost if switched off</source>
        <translation>Потери при выключении</translation>
    </message>
    <message>
        <source>Rank by cost: new gaps, then new single points, then depth-weighted cover lost, then efficiency; =n marks links of equal cost</source>
        <translation>Место по потерям: новые пробелы, затем новые единственные точки отказа, затем утраченное покрытие с учётом глубины, затем эффективность; =n — связи с равными потерями</translation>
    </message>
    <message>
        <source>Most critical links</source>
        <translation>Наиболее важные связи</translation>
    </message>
    <message>
        <source>(switched off alone)</source>
        <translation>(при выключении по одной)</translation>
    </message>
    <message>
        <source>a gain</source>
        <translation>улучшение</translation>
    </message>
    <message>
        <source>a loss</source>
        <translation>ухудшение</translation>
    </message>
    <message>
        <source>The baseline: no link switched.</source>
        <translation>Базовый сценарий: ни одна связь не переключена.</translation>
    </message>
    <message>
        <source>No change in coverage, cut points or collective cover.</source>
        <translation>Покрытие, точки сочленения и коллективное покрытие не изменились.</translation>
    </message>
    <message>
        <source>Shares rank {rank} with links of equal cost</source>
        <translation>Делит {rank}-е место со связями с равными потерями</translation>
    </message>
    <message>
        <source>Rank {rank}</source>
        <translation>{rank}-е место</translation>
    </message>
    <message>
        <source>Double-click to find it in the links table</source>
        <translation>Дважды щёлкните, чтобы найти её в таблице связей</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Выключить</translation>
    </message>
    <message>
        <source>What if {link} went? (undoable)</source>
        <translation>Что, если связи {link} не станет? (можно отменить)</translation>
    </message>
</context>
</TS>
