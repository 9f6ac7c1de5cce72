/*
 * LuuTru: what every embedded Tasklist form (src/main/resources/static/forms/*.html) shares.
 *
 * The Tasklist imports this file once, before it starts (scripts/config.js, customScripts), so it
 * is there for every form, whether the task is opened from the list, by its URL or after a reload.
 * A form's <script cam-script> takes it from window.LuuTruForms:
 *
 *   var lt = LuuTruForms.form(camForm, { fetch: ['batchId'], status: 'lt-batch', loaded: function (vm) { ... } });
 *
 * Text shown to officers: Vietnamese first, English second.
 */
(function (global) {
  'use strict';

  var ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

  /** Text made safe for innerHTML; null and undefined become ''. */
  function esc(v) {
    return (v === null || v === undefined) ? '' : String(v).replace(/[&<>"']/g, function (c) { return ESCAPES[c]; });
  }

  /** 2026-03-02 (or an instant) as 02/03/2026, the Vietnamese way; '' when there is no date. */
  function day(v) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v || '');
    return m ? m[3] + '/' + m[2] + '/' + m[1] : '';
  }

  /** From the first to the last document of a file. */
  function period(f) {
    return day(f.startDate) + ' – ' + day(f.endDate);
  }

  /** A file's retention: "10 năm", or "Vĩnh viễn" (permanent, no number of years). */
  function retention(f) {
    return (f.retentionYears === null || f.retentionYears === undefined) ? 'Vĩnh viễn' : f.retentionYears + ' năm';
  }

  /** Sheets/pages of a file. */
  function sheets(f) {
    return esc(f.sheetTotal) + '/' + esc(f.pageTotal);
  }

  var PDFA = { COMPLIANT: 'Đạt / compliant', NON_COMPLIANT: 'Không đạt / not compliant',
    NOT_PDFA: 'Không phải PDF/A / not PDF/A', PENDING: 'Đang kiểm tra / being checked',
    NOT_APPLICABLE: 'Không áp dụng / n.a.', ERROR: 'Lỗi đọc / unreadable' };

  var DUE_ACTIONS = { DEPOSIT: 'Nộp lưu / Deposit', TRANSFER: 'Nộp Lưu trữ lịch sử / Transfer',
    DESTRUCTION_REVIEW: 'Xem xét hủy / Destruction review' };

  /** A label from one of the lists above, or the code itself when the list does not know it. */
  function label(labels, code) {
    return esc(labels[code] || code);
  }

  /** One table row; the cells are HTML already (use esc for text). */
  function row(cells, attributes) {
    return '<tr' + (attributes ? ' ' + attributes : '') + '><td>' + cells.join('</td><td>') + '</td></tr>';
  }

  /** A column of a list: heading in Vietnamese and English, and the cell (HTML) of an item. */
  function column(vi, en, cell) {
    return { vi: vi, en: en, cell: cell };
  }

  /** The columns of a list of files, by name; a form may add columns of its own (see column). */
  var FILE_COLUMNS = {
    code: column('Mã hồ sơ', 'File code', function (f) { return esc(f.fileCode); }),
    title: column('Tiêu đề', 'Title', function (f) { return esc(f.title); }),
    period: column('Thời gian', 'Dates', period),
    retention: column('Thời hạn', 'Retention', retention),
    docs: column('Văn bản', 'Documents', function (f) { return esc(f.docTotal); }),
    sheets: column('Tờ/Trang', 'Sheets/pages', sheets)
  };

  function columns(list) {
    return list.map(function (c) { return (typeof c === 'string') ? FILE_COLUMNS[c] : c; });
  }

  /** A whole table: headings, then a row per item (rowAttributes(item): the row's attributes). */
  function table(cols, items, rowAttributes) {
    cols = columns(cols);
    return '<thead><tr>' + cols.map(function (c) { return '<th>' + esc(c.vi) + '<br><small>' + esc(c.en) + '</small></th>'; })
      .join('') + '</tr></thead><tbody>' + (items || []).map(function (item) {
      return row(cols.map(function (c) { return c.cell(item); }), rowAttributes ? rowAttributes(item) : '');
    }).join('') + '</tbody>';
  }

  /** What LuuTru answered, in a sentence: its problem details when it sent some. */
  function problemText(status, body, url) {
    var text = body && (body.message || body.detail || body.title);
    if (body && body.messageEn && body.messageEn !== text) {
      text = text + ' / ' + body.messageEn;
    }
    if (!text && (status === 401 || status === 403)) {
      text = 'Không có quyền xem / Not allowed to read this';
    }
    return (text || 'Lỗi máy chủ / Server error') + ' (HTTP ' + status + ' ' + url + ')';
  }

  /** GET one of LuuTru's /api resources as the signed-in officer. */
  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (r) {
      if (r.ok) {
        return r.json();
      }
      return r.json().catch(function () { return null; }).then(function (body) {
        throw new Error(problemText(r.status, body, url));
      });
    });
  }

  /**
   * POSTs a multipart body (a FormData: an upload) to one of LuuTru's /api routes as the
   * signed-in officer, with the CSRF token of his session; answers the JSON LuuTru sent back.
   */
  function postForm(url, formData) {
    var token = (document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/) || [])[1];
    var headers = { Accept: 'application/json' };
    if (token) {
      headers['X-XSRF-TOKEN'] = decodeURIComponent(token);
    }
    return fetch(url, { method: 'POST', credentials: 'same-origin', body: formData, headers: headers })
      .then(function (r) {
        return r.json().catch(function () { return null; }).then(function (body) {
          if (!r.ok) {
            throw new Error(problemText(r.status, body, url));
          }
          return body;
        });
      });
  }

  /** The message of a refused Complete, as the engine's REST API passed it on. */
  function refusalText(err) {
    var text = (err && typeof err.message === 'string') ? err.message : String(err);
    // "Cannot submit task form <id>: <what LuuTru refused>": the officer needs only the refusal.
    // ... and each problem on its own line, without the name of the variable it is about
    return text.replace(/^Error: /, '').replace(/^Cannot submit task form [^:]*: /, '')
      .replace(/(^|; )[A-Za-z]+(\[\d+\])?(\.[A-Za-z]+)?: /g, '$1').split('; ').join('\n');
  }

  var PREVENTED = 'camForm submission prevented';

  /**
   * Wires a form: on load fetches the process variables it shows (options.fetch), then calls
   * options.loaded(vm, lt). Adds the officer's note at the end of the form (options.note: its
   * label; options.noteVariable: the variable, default 'comment'). The note always starts empty
   * and is always sent, even empty: "comment" is one process variable for every step, and the
   * previous step's note is not this officer's (nor a reason for his rejection).
   * A refused Complete shows LuuTru's message on the form, under the note.
   */
  function form(camForm, options) {
    options = options || {};
    var vm = camForm.variableManager;
    var root = camForm.formElement && camForm.formElement[0] ? camForm.formElement[0] : document;
    var noteVariable = options.noteVariable || 'comment';
    var note = null;

    function byId(id) {
      return root.querySelector('#' + id);
    }

    function errorElement() {
      var el = byId('lt-error');
      if (!el) {
        el = document.createElement('p');
        el.id = 'lt-error';
        el.className = 'text-danger';
        el.setAttribute('role', 'alert');
        root.appendChild(el);
      }
      el.style.whiteSpace = 'pre-wrap';
      return el;
    }

    var lt = {
      vm: vm,
      byId: byId,
      /** A process variable's value. */
      value: function (name) {
        return vm.variableValue(name);
      },
      /**
       * Sets a String variable; a second Complete (after a refused one) must not create it twice,
       * and one restored from a saved form ("Lưu" / Save, then a reload) comes back without a type.
       */
      setVar: function (name, value) {
        var variable = vm.variable(name);
        if (!variable) {
          vm.createVariable({ name: name, type: 'String', value: value });
          return;
        }
        variable.type = variable.type || 'String';
        vm.variableValue(name, value);
      },
      /** Shows a load error in the form's status line. */
      fail: function (err) {
        var el = byId(options.status || 'lt-error') || errorElement();
        el.className = 'text-danger';
        el.textContent = 'Không tải được dữ liệu / Could not load: ' + ((err && err.message) || err);
      },
      /** Shows why the form cannot be completed (text, Vietnamese / English). */
      showError: function (text) {
        errorElement().textContent = text || '';
      },
      /** Keeps the form from being submitted, with the reason on the form. */
      refuse: function (text) {
        lt.showError(text);
        camForm.submitPrevented = true;
      },
      /** Fills a table with headings and a row per item (see table). */
      table: function (id, cols, items, rowAttributes) {
        byId(id).innerHTML = table(cols, items, rowAttributes);
      },
      /** Shows text of several lines as a list, a line an item (in the page's font: monospace fonts break Vietnamese). */
      lines: function (id, text) {
        byId(id).innerHTML = String(text || '').split(/\r?\n/).filter(function (line) { return line.trim(); })
          .map(function (line) { return '<li>' + esc(line) + '</li>'; }).join('');
      },
      /** Shows the element targetId only while the select selectId has one of the values. */
      showWhen: function (selectId, values, targetId) {
        var select = byId(selectId);
        function toggle() {
          byId(targetId).style.display = (values.indexOf(select.value) >= 0) ? '' : 'none';
        }
        select.addEventListener('change', toggle);
        // the select shows its variable's value only once the form applied the variables
        camForm.on('variables-applied', toggle);
        toggle();
      },
      /** Sets an element's text. */
      text: function (id, text) {
        byId(id).textContent = (text === null || text === undefined) ? '' : text;
      },
      /**
       * For each element matching selector in a row of a file list (a row with data-id):
       * fn(fileId, row, element); returns what fn returned, in order.
       */
      each: function (selector, fn) {
        return Array.prototype.map.call(root.querySelectorAll('tr[data-id] ' + selector), function (el) {
          var tr = el.closest('tr[data-id]');
          return fn(Number(tr.getAttribute('data-id')), tr, el);
        });
      }
    };

    if (options.note) {
      var group = document.createElement('div');
      group.className = 'form-group';
      group.innerHTML = '<label for="lt-note">' + esc(options.note) + '</label>'
        + '<textarea class="form-control" id="lt-note" rows="3"></textarea>';
      root.appendChild(group);
      note = group.querySelector('textarea');
      // "Lưu" (save) keeps the note with the form's other fields; "Hoàn thành" (complete) sends it
      camForm.on('store', function () {
        lt.setVar(noteVariable, note.value);
      });
      camForm.on('variables-restored', function () {
        var saved = vm.variable(noteVariable);
        note.value = (saved && saved.value) ? saved.value : '';
      });
    }

    camForm.on('form-loaded', function () {
      (options.fetch || []).forEach(function (name) { vm.fetchVariable(name); });
    });
    camForm.on('variables-fetched', function () {
      if (options.loaded) {
        try {
          options.loaded(vm, lt);
        }
        catch (err) {
          lt.fail(err);
        }
      }
    });
    camForm.on('submit', function () {
      // What the form only displays goes back unchanged or not at all: a step takes only its
      // answers (the engine refuses anything else), so a fetched variable is not sent.
      (options.fetch || []).forEach(function (name) {
        var v = vm.variable(name);
        if (v) {
          v.defaultValue = v.value;
        }
      });
      lt.showError('');
      if (note) {
        lt.setVar(noteVariable, note.value.trim());
      }
    });
    // the form's events pass the form first, then what happened
    camForm.on('submit-failed', function (self, err) {
      try {
        if (!err || err.message !== PREVENTED) {
          lt.showError('Không hoàn thành được / Could not complete:\n' + refusalText(err));
        }
      }
      catch (e) {
        // the Tasklist's own notice must still come
      }
    });
    return lt;
  }

  /**
   * A form on a transfer or destruction batch (options.kind: 'transfers' or 'destructions'):
   * links #lt-list to the list (.xlsx), loads the batch, says what it is in #lt-batch and lists
   * its files in the table #lt-files with options.columns (see table), each row with the file's
   * id in data-id; then calls options.loaded(view, lt). Returns the form's helpers (see form).
   */
  function batchForm(camForm, options) {
    function withId(f) {
      return 'data-id="' + esc(f.id) + '"';
    }
    var lt = form(camForm, { fetch: ['batchId'], status: 'lt-batch', note: options.note, loaded: function (vm) {
      var api = '/api/v1/' + options.kind + '/' + encodeURIComponent(vm.variableValue('batchId'));
      lt.api = api;
      var list = lt.byId('lt-list');
      if (list) {
        list.href = api + '/list';
      }
      lt.table('lt-files', options.columns, []);
      getJson(api).then(function (view) {
        var b = view.batch;
        lt.text('lt-batch', 'Lô ' + b.code + ' – ' + b.agencyName + ' – ' + view.files.length + ' '
          + (options.count || 'hồ sơ / files'));
        lt.table('lt-files', options.columns, view.files, withId);
        if (options.loaded) {
          options.loaded(view, lt);
        }
      }).catch(lt.fail);
    } });
    return lt;
  }

  global.LuuTruForms = {
    esc: esc, day: day, period: period, retention: retention, sheets: sheets, label: label, column: column,
    getJson: getJson, postForm: postForm, PDFA: PDFA, DUE_ACTIONS: DUE_ACTIONS, form: form, batchForm: batchForm
  };
}(window));
