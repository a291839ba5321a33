(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-c_0020"]={"key":"c ","terms":[{"w":524,"p":"iJKrAO"}],"phrases":{"c eval":[{"t":0,"w":["C-Eval"]}]}};
