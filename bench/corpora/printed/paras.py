# The paragraphs of a government work report of the gwr corpus (bench/corpora/gwr.sh), its wrapped
# lines joined where they end with a comma, and what each is: title, heading of two levels, text.
# Run as a script, writes them as the clean source corpus, OUT/source.
import re, os, json
SRC=os.environ['GWR']
YEARS=[1980,1985,1990,1995,1999,2003,2008,2010,2013,2016,2019,2022]
H2=re.compile(r'^[一二三四五六七八九十]+、')
H3=re.compile(r'^（[一二三四五六七八九十]+）')
def paras(y):
    lines=[l.strip().strip('\u3000').strip() for l in open(f'{SRC}/{y}.txt',encoding='utf-8')]
    lines=[l for l in lines if l]
    out=[]
    buf=''
    for l in lines:
        buf+=l
        if buf.endswith(('，','、')): continue
        out.append(buf); buf=''
    if buf: out.append(buf)
    res=[]
    for i,p in enumerate(out):
        if i==0: k='h1'
        elif H2.match(p) and len(p)<50: k='h2'
        elif H3.match(p) and len(p)<60: k='h3'
        else: k='p'
        res.append((k,p))
    return res
if __name__=='__main__':
    OUT=os.environ['OUT']+'/source'
    os.makedirs(OUT,exist_ok=True)
    with open(OUT+'/corpus.csv','w') as f:
        f.write('id,file,year,title\n')
        for y in YEARS:
            ps=paras(y)
            open(f'{OUT}/gwr-{y}.txt','w').write('\n'.join(p for k,p in ps)+'\n')
            f.write(f'gwr-{y},gwr-{y}.txt,{y},{ps[0][1]}\n')
            print(y,len(ps),sum(1 for k,p in ps if k!='p'),sum(len(p) for k,p in ps))
