# Turns 12 reports of the gwr corpus into the files an analyst receives: PDFs printed by headless
# Chromium in seven layouts (its own header and footer, a fixed running header and footer, two
# columns, hand-made pages with footnotes and "— n —" page numbers, a table of contents with
# leaders, two columns under a fixed header, A5), two DOCX files (heading styles; text in runs of 37
# characters and a footer with a page field) and three web pages (navigation, a sidebar, a licence
# footer; paragraphs in <p>, or parted by <br><br>), with OUT/files/corpus.csv.
import html, os, subprocess, zipfile, re, sys
sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from paras import paras
C=os.environ['OUT']+'/files'; H=os.environ['OUT']+'/html'
os.makedirs(C,exist_ok=True); os.makedirs(H,exist_ok=True)
esc=html.escape
def body(ps, numbered=False):
    out=[]
    for k,p in ps:
        tag={'h1':'h1','h2':'h2','h3':'h3','p':'p'}[k]
        out.append(f'<{tag}>{esc(p)}</{tag}>')
    return '\n'.join(out)
BASE='''body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC",serif;font-size:12pt;line-height:1.7;}
p{text-align:justify;text-indent:2em;margin:0 0 .3em 0;} h1{text-align:center;font-size:18pt} h2{font-size:14pt} h3{font-size:12.5pt}'''
def page(title,css,inner):
    return f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(title)}</title><style>{css}</style></head><body>{inner}</body></html>'
def pdf(name,htmltext,headerfooter):
    hp=f'{H}/{name}.html'; open(hp,'w').write(htmltext)
    args=['chromium','--headless','--no-sandbox','--disable-gpu',f'--print-to-pdf={C}/{name}.pdf']
    if not headerfooter: args.append('--no-pdf-header-footer')
    args.append('file://'+hp)
    subprocess.run(args,check=True,stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL)
rows=[]
def add(name,y,title,how):
    rows.append((f'd{y}',name,y,title,how))

# 1980: A4 justified, Chromium default header/footer (date, title, url, page n/m)
y=1980; ps=paras(y)
pdf(f'{y}-a4-default-hf',page(ps[0][1],'@page{size:A4;margin:20mm}'+BASE,body(ps)),True); add(f'{y}-a4-default-hf.pdf',y,ps[0][1],'pdf chromium default header/footer')

# 1985: fixed-position running header (title) + fixed footer text, no Chromium hf
y=1985; ps=paras(y)
css='@page{size:A4;margin:25mm 20mm 25mm 20mm}'+BASE+'.hd{position:fixed;top:-15mm;left:0;right:0;text-align:center;font-size:9pt;border-bottom:1px solid #000}.ft{position:fixed;bottom:-15mm;left:0;right:0;text-align:center;font-size:9pt}'
pdf(f'{y}-a4-fixed-header',page(ps[0][1],css,f'<div class="hd">{esc(ps[0][1])}　·　国务院公报</div><div class="ft">中华人民共和国国务院办公厅印发</div>'+body(ps)),False); add(f'{y}-a4-fixed-header.pdf',y,ps[0][1],'pdf fixed header+footer')

# 1990: two columns + default header/footer
y=1990; ps=paras(y)
css='@page{size:A4;margin:18mm}'+BASE+'body{font-size:10.5pt} .cols{column-count:2;column-gap:8mm}'
pdf(f'{y}-twocol',page(ps[0][1],css,f'<h1>{esc(ps[0][1])}</h1><div class="cols">'+body(ps[1:])+'</div>'),True); add(f'{y}-twocol.pdf',y,ps[0][1],'pdf two-column + chromium hf')

# 1995: manual pages, footnotes at page foot, "— n —" page numbers, sentence continues across pages
y=1995; ps=paras(y)
css='@page{size:A4;margin:0}'+BASE+'''.pg{width:210mm;height:297mm;box-sizing:border-box;padding:22mm 22mm 0 22mm;position:relative;page-break-after:always;overflow:hidden}
.fn{position:absolute;left:22mm;right:22mm;bottom:26mm;font-size:9pt;line-height:1.4;border-top:1px solid #000;padding-top:2mm}
.pn{position:absolute;left:0;right:0;bottom:12mm;text-align:center;font-size:11pt} sup{font-size:8pt}'''
NOTES=['本报告中的统计数字未包括台湾省和香港、澳门地区。','国民生产总值按当年价格计算，增长速度按可比价格计算。','指社会消费品零售总额扣除物价因素后的实际增长。','引自《中共中央关于建立社会主义市场经济体制若干问题的决定》。','此处数据为初步统计数。']
pages=[];cur=[];n=0;CAP=950;ni=0;notes_page=[]
fnsrc=[]
def flush():
    global cur,n,notes_page
    pages.append((cur,notes_page)); cur=[];n=0;notes_page=[]
for k,p in ps:
    text=p
    while text:
        room=CAP-n
        if k!='p' and room<80: flush(); room=CAP
        chunk=text[:room] if k=='p' else text
        rest=text[len(chunk):] if k=='p' else ''
        cont = bool(cur) and cur[-1][2]  # continued from previous page
        # add footnote mark after first '。' of chunks at a page's first paragraph with a note slot
        cur.append((k,chunk,bool(rest)))
        n+=len(chunk)+ (40 if k!='p' else 20)
        text=rest
        if rest: flush()
        elif n>=CAP: flush()
if cur: flush()
inner=[]
for pi,(items,_) in enumerate(pages):
    h=[];notes=[]
    for ii,(k,chunk,broken) in enumerate(items):
        c=esc(chunk)
        if k=='p' and pi%2==0 and not notes and '。' in chunk[:300] and ii>0:
            note=NOTES[len(fnsrc)%len(NOTES)]; fnsrc.append(note); notes.append(note)
            j=chunk.index('。'); c=esc(chunk[:j])+f'<sup>{"①"}</sup>'+esc(chunk[j:])
        cont = ii==0 and pi>0 and pages[pi-1][0][-1][2]
        style=' style="text-indent:0"' if cont else ''
        h.append(f'<{k}{style}>{c}</{k}>')
    fn=''.join(f'<div>①{esc(x)}</div>' for x in notes)
    inner.append(f'<div class="pg">{"".join(h)}'+(f'<div class="fn">{fn}</div>' if fn else '')+f'<div class="pn">— {pi+1} —</div></div>')
pdf(f'{y}-footnotes',page(ps[0][1],css,''.join(inner)),False); add(f'{y}-footnotes.pdf',y,ps[0][1],f'pdf manual pages, {len(fnsrc)} footnotes, — n — page numbers')
open(os.environ['OUT']+'/footnotes1995.txt','w').write('\n'.join(fnsrc))

# 1999: TOC at start with leaders + page numbers, headings
y=1999; ps=paras(y)
css='@page{size:A4;margin:20mm}'+BASE+'.toc{page-break-after:always}.toc div{display:flex}.toc .l{flex:1;border-bottom:1px dotted #000;margin:0 4px 6px}'
heads=[(k,p) for k,p in ps if k in('h2','h3')]
toc='<div class="toc"><h2 style="text-align:center">目　录</h2>'+''.join(f'<div style="padding-left:{0 if k=="h2" else 2}em"><span>{esc(p)}</span><span class="l"></span><span>{2+i//2}</span></div>' for i,(k,p) in enumerate(heads))+'</div>'
pdf(f'{y}-toc',page(ps[0][1],css,toc+body(ps)),True); add(f'{y}-toc.pdf',y,ps[0][1],'pdf TOC page with leaders + chromium hf')

# 2003: two columns + fixed header, no chromium hf
y=2003; ps=paras(y)
css='@page{size:A4;margin:22mm 16mm}'+BASE+'body{font-size:10pt}.cols{column-count:2;column-gap:7mm}.hd{position:fixed;top:-12mm;left:0;right:0;font-size:8.5pt;display:flex;justify-content:space-between;border-bottom:1px solid #888}'
pdf(f'{y}-twocol-header',page(ps[0][1],css,f'<div class="hd"><span>{esc(ps[0][1])}</span><span>人民日报　2003年3月20日</span></div><h1>{esc(ps[0][1])}</h1><div class="cols">'+body(ps[1:])+'</div>'),False); add(f'{y}-twocol-header.pdf',y,ps[0][1],'pdf two-column + fixed header')

# 2019: narrow page (A5), small margins, fixed header + chromium hf, justified
y=2019; ps=paras(y)
css='@page{size:A5;margin:18mm 14mm}'+BASE+'body{font-size:10.5pt}.hd{position:fixed;top:-10mm;right:0;font-size:8pt;color:#444}'
pdf(f'{y}-a5-header',page(ps[0][1],css,f'<div class="hd">2019年政府工作报告（全文）</div>'+body(ps)),True); add(f'{y}-a5-header.pdf',y,ps[0][1],'pdf A5 + fixed header + chromium hf')

# DOCX
def docx(name,ps,footer_text=None,split_runs=False):
    W='http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    def run(t): return f'<w:r><w:t xml:space="preserve">{esc(t)}</w:t></w:r>'
    bodyx=[]
    for k,p in ps:
        st={'h1':'Title','h2':'Heading1','h3':'Heading2','p':None}[k]
        ppr=f'<w:pPr><w:pStyle w:val="{st}"/></w:pPr>' if st else '<w:pPr><w:ind w:firstLineChars="200"/><w:jc w:val="both"/></w:pPr>'
        if split_runs and k=='p':
            runs=''.join(run(p[i:i+37]) for i in range(0,len(p),37))
        else: runs=run(p)
        bodyx.append(f'<w:p>{ppr}{runs}</w:p>')
    sect='<w:sectPr>'+('<w:footerReference w:type="default" r:id="rIdF"/>' if footer_text else '')+'<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
    doc=f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>{"".join(bodyx)}{sect}</w:body></w:document>'
    styles=f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W}">'+''.join(f'<w:style w:type="paragraph" w:styleId="{s}"><w:name w:val="{n}"/><w:pPr><w:outlineLvl w:val="{l}"/></w:pPr></w:style>' for s,n,l in [('Title','Title',0),('Heading1','heading 1',0),('Heading2','heading 2',1)])+'</w:styles>'
    ct='<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'+('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' if footer_text else '')+'</Types>'
    rels='<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    drels='<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'+('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>' if footer_text else '')+'</Relationships>'
    with zipfile.ZipFile(f'{C}/{name}','w',zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml',ct); z.writestr('_rels/.rels',rels); z.writestr('word/document.xml',doc)
        z.writestr('word/styles.xml',styles); z.writestr('word/_rels/document.xml.rels',drels)
        if footer_text:
            z.writestr('word/footer1.xml',f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="{W}"><w:p><w:r><w:t>{esc(footer_text)}</w:t></w:r><w:r><w:fldSimple w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:r></w:p></w:ftr>')
y=2008; ps=paras(y); docx(f'{y}-report.docx',ps); add(f'{y}-report.docx',y,ps[0][1],'docx Title/Heading1/Heading2 styles')
y=2010; ps=paras(y); docx(f'{y}-report.docx',ps,footer_text='政府工作报告 第',split_runs=True); add(f'{y}-report.docx',y,ps[0][1],'docx, runs split every 37 chars, footer with PAGE field')

# HTML pages
NAV='<header><div class="logo">中国政府网</div><nav><ul>'+''.join(f'<li><a href="/{a}/">{b}</a></li>' for a,b in [('home','首页'),('gov','国务院'),('premier','总理'),('news','新闻'),('policy','政策'),('hudong','互动'),('fuwu','服务'),('data','数据'),('guoqing','国情')])+'</ul></nav><div class="crumb"><a href="/">首页</a> &gt; <a href="/zhengce/">政策</a> &gt; 政府工作报告</div></header>'
SIDE='<aside><h3>相关阅读</h3><ul>'+''.join(f'<li><a href="/x/{i}.htm">{t}</a></li>' for i,t in enumerate(['国务院常务会议部署推进经济体制改革重点工作','政府工作报告中的这些数字与你有关','图解：一图读懂政府工作报告','专家解读：坚持稳中求进工作总基调','国务院关于落实政府工作报告重点工作部门分工的意见','总理记者会实录','两会热词：高质量发展']))+'</ul><h3>热点专题</h3><ul><li><a href="/t/1">全国两会</a></li><li><a href="/t/2">深化改革</a></li><li><a href="/t/3">民生</a></li></ul></aside>'
FOOT='<footer><p><a href="/about">关于本网</a> | <a href="/map">网站地图</a> | <a href="/contact">联系我们</a></p><p>版权所有：中国政府网　中文域名：中国政府网.政务　本网站所有内容采用知识共享署名4.0国际许可协议（CC BY 4.0）进行许可，转载请注明出处。</p><p>京ICP备05070218号　京公网安备11010202000001号</p></footer>'
def htmlpage(name,ps,mode):
    if mode=='p':
        art='<article><h1>'+esc(ps[0][1])+'</h1><div class="info">来源：新华社　发布时间：'+str(y)+'-03-16 08:00　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>　<a href="javascript:print()">打印本页</a></div><div id="UCAP-CONTENT">'+''.join(f'<p>{"<strong>" if k!="p" else ""}{esc(p)}{"</strong>" if k!="p" else ""}</p>' for k,p in ps[1:])+'</div><div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div><div class="editor">【我要纠错】 责任编辑：王磊</div></article>'
    else: # br-separated, headings in <b>
        art='<div class="article"><div class="title">'+esc(ps[0][1])+'</div><div class="pages-date">'+str(y)+'-03-05 09:30　来源：新华社</div><div class="pages_content">'+'<br><br>\n'.join(('&nbsp;&nbsp;&nbsp;&nbsp;' if k=='p' else '')+(f'<b>{esc(p)}</b>' if k!='p' else esc(p)) for k,p in ps[1:])+'</div><div class="editor">【我要纠错】 责任编辑：李明</div></div>'
    doc=f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(ps[0][1])}_中国政府网</title><script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");}})();</script></head><body>{NAV}<div class="main">{art}{SIDE}</div>{FOOT}</body></html>'
    open(f'{C}/{name}','w').write(doc)
for y,mode in [(2013,'p'),(2016,'p'),(2022,'br')]:
    ps=paras(y); htmlpage(f'{y}-page.html',ps,mode); add(f'{y}-page.html',y,ps[0][1],f'html page ({mode}) nav/sidebar/licence footer')
with open(f'{C}/corpus.csv','w') as f:
    f.write('id,file,year,title,notes\n')
    for i,n,y,t,h in rows: f.write(f'{i},{n},{y},"{t}","{h}"\n')
