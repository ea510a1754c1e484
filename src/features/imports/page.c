/* SPDX-License-Identifier: MIT */
/* page.c: placeholder while the page is written. */
#include "imports.h"
#include "web/web.h"
int imports_page(struct web_req *req, struct web_resp *resp) { (void)req; (void)resp; return 0; }
int imports_page_post(struct web_req *req, struct web_resp *resp) { (void)req; (void)resp; return 0; }
